import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/taggedSource.ts: a source named right before the language tag that links its post sets the post off.

// Global Voices, "Taiwan: Could the Future Be Nuclear-Free?" (16 May 2012), CC BY 3.0, development half.
const TAIWAN = 'Taiwan: Could the Future Be Nuclear-Free?';
const CAMPAIGN = 'Of course we can campaign for a nuclear-free Taiwan - as long as this move does not make the economy worse. However, this will be difficult.';

describe('a tagged source and how it feels', () => {
  test('"bluesystem [zh] is worried …:" sets off the post as the lower-case user’s, after a full stop inside the paragraph', () => {
    const article = analyze(
      TAIWAN,
      'Nevertheless, not everyone is so optimistic about the nuclear-free development in Japan. bluesystem [zh] is worried how far Japan can go after shutting down all their nuclear power plants:',
      '廢核絕對可以推! 只要不影響經濟下滑. 不過這真的會很拼...',
      CAMPAIGN,
    );
    expect(attribution(article, '廢核絕對可以推')).toMatchObject({ kind: 'direct', speaker: 'bluesystem' });
    expect(attribution(article, 'Of course we can campaign')).toMatchObject({ kind: 'direct', speaker: 'bluesystem' });
  });

  test('"The Taiwan Environmental Protection Union [zh] is optimistic …, as quoted in Coolloud.org:" is the union’s', () => {
    const article = analyze(
      TAIWAN,
      'In Taiwan, many people have also started talking about the possibility of moving towards a nuclear-free future. The Taiwan Environmental Protection Union [zh] is optimistic about the nuclear-free movement in Japan, as quoted in Coolloud.org:',
      'After the earthquake of March 11, 2011, the nuclear power plants in Japan have been shut down one by one. So far they have not had any problems with electricity shortages.',
    );
    expect(attribution(article, 'After the earthquake of March 11')).toMatchObject({
      kind: 'direct',
      speaker: 'Taiwan Environmental Protection Union',
    });
  });

  test('a lower-case user name before its tag and a speech verb speaks too: "bluesystem [zh] writes:"', () => {
    const article = analyze(TAIWAN, 'Not everyone is so optimistic. bluesystem [zh] writes:', CAMPAIGN);
    expect(attribution(article, 'Of course we can campaign')).toMatchObject({ kind: 'direct', speaker: 'bluesystem', cue: 'bluesystem [zh] writes' });
  });

  test('a lower-case word with no tag after it is no user name: "… in Japan. and it is worried:" names no one', () => {
    const article = analyze(TAIWAN, 'Not everyone is so optimistic about Japan. and it is worried about the economy:', CAMPAIGN);
    expect(quotesOf(article).find((q) => q.text.startsWith('Of course'))?.speakerId ?? null).toBeNull();
  });
});
