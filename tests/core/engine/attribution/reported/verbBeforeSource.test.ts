import { describe, expect, test } from 'vitest';
import { endsOnSpeechVerb } from '../../../../../src/core/engine/attribution/reported/verbBeforeSource';

// reported/verbBeforeSource.ts: the words before a trailing "according to" source end on a verb that takes what follows.
describe('words before a trailing source that end on a speech or ruling verb', () => {
  // wikinews-scottish-court-finds-parliament-suspension-unlawful-2019-09-13 (development half; Wikinews, CC BY 2.5).
  test('"… the Lord President of the court decided" and "The defendant told the court" end on one', () => {
    expect(endsOnSpeechVerb('Colin Sutherland, Lord Carloway, the Lord President of the court decided')).toBe(true);
    expect(endsOnSpeechVerb('The defendant told the court')).toBe(true);
    expect(endsOnSpeechVerb('The minister said')).toBe(true);
  });

  test('"Unemployment rose to nine percent in March" ends on none', () => {
    expect(endsOnSpeechVerb('Unemployment rose to nine percent in March')).toBe(false);
  });
});
