import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/platformUser.ts: a colon cue naming a platform's user by handle ("Another Twitter user @X compared …:").

describe('a colon cue naming a platform user by handle', () => {
  test('the handle speaks the block after, not the platform the sentence names first', () => {
    const article = analyze(
      'South Korea: Monks Caught in Gambling Scandal',
      'Another Twitter user @Nabiwahighhill compared those monks to corrupted nobles:',
      'The monks gambling all night with donations show how far the community has fallen.',
    );
    expect(attribution(article, 'The monks gambling all night')).toMatchObject({ kind: 'direct', speaker: '@Nabiwahighhill' });
  });

  test('two users named in one lead-in leave the block to the other rules, not to either handle', () => {
    const article = analyze(
      'South Korea: Monks Caught in Gambling Scandal',
      'Twitter user @one_user and Twitter user @other_user compared those monks to corrupted nobles:',
      'The monks gambling all night with donations show how far the community has fallen.',
    );
    expect(attribution(article, 'The monks gambling all night').speaker).not.toBe('@one_user');
    expect(attribution(article, 'The monks gambling all night').speaker).not.toBe('@other_user');
  });
});
