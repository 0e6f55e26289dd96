import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// concessiveWhether.ts: a cue inside "whether … or not" sets both answers aside, so it reports nothing.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('a cue inside a concessive "whether … or not"', () => {
  // wikinews-interview-noam-chomsky-2009-04-04 (dev half): the gold holds no quote in this answer's sentence.
  test('"so whether you believe that doctrine or not that’s gone" reports no belief', () => {
    const found = texts(
      'Interview with US political activist and philosopher Noam Chomsky',
      'I mean the theory was, whether you believe it or not, that it would be a defensive alliance against potential Soviet aggression, that’s the basic doctrine. Well there’s no defense against Soviet aggression, so whether you believe that doctrine or not that’s gone.',
    );
    expect(found.some((t) => t.includes('doctrine or not'))).toBe(false);
  });

  test('"whether or not they believe" before the content reports nothing either', () => {
    const found = texts('Council vote', 'Whether or not residents believe the new road will ease traffic, the council approved it on Monday.');
    expect(found.some((t) => t.includes('the new road will ease traffic'))).toBe(false);
  });

  // Wikinews, "Wikinews interviews Joe Schriner, Independent U.S. presidential candidate" (2010, AMALGUM `atwood`): a
  // belief told with no "whether" is still reported.
  test('a belief told outright is still a reported quote', () => {
    const found = texts(
      'Wikinews interviews Joe Schriner, Independent U.S. presidential candidate',
      'Schriner said he believes the best platform out there is the one his family developed on the road.',
    );
    expect(found.some((t) => t.includes('the best platform out there'))).toBe(true);
  });
});
