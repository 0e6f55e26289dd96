import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// freeRelativeCue.ts: in "what X said", `what` is the verb's object, so the words after the cue are not its content.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('a cue inside a free relative', () => {
  // Wikinews, "Police shoot man dead after 'terrorist-related' knife attack in London", 2020-02-05, CC BY 2.5 (not in
  // the corpus).
  test('"in what the police declared a "terrorist-related" attack" reports nothing the police said before it', () => {
    const found = texts(
      "Police shoot man dead after 'terrorist-related' knife attack in London",
      'Armed plainclothes officers, already surveilling him for counter-terrorism purposes, chased him on foot. The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what the police declared a "terrorist-related" attack.',
    );
    expect(found).not.toContain('The officers eventually shot him dead, reportedly outside a Boots store');
  });

  // Global Voices, "Russia: Putin's Return Rouses Online Polemics", 2012-05, CC BY 3.0 (not in the corpus).
  test('"what he believes was excessive police force" is no reported clause', () => {
    const found = texts(
      "Russia: Putin's Return Rouses Online Polemics",
      'Viacheslav Egorov, who blogs as jurist_egorov, discussed the recent violence in a post [ru] titled, "Who Scares the Authorities?" exploring possible motives for what he believes was excessive police force:',
    );
    expect(found).not.toContain('was excessive police force');
  });
});

// usgov-gsa-18f-earthquake-center-open-source-team-2016-04-04 (18F, public domain; the session 56 held-out batch).
describe('a pseudo-cleft whose subject stands between "what" and the verb', () => {
  test('"What residents in NJ felt was a sonic boom, …" reports nothing', () => {
    const found = texts(
      'How the Earthquake Program built an open source team',
      'But if you were in the area, you probably saw some fighter jets fly overhead. What residents in NJ felt was a sonic boom, a phenomenon caused when an object exceeds the speed of sound.',
    );
    expect(found.some((t) => t.startsWith('was a sonic boom'))).toBe(false);
  });

  test('with no "what" before it, "Residents in NJ said that they felt a boom …" still reports its clause', () => {
    const found = texts(
      'How the Earthquake Program built an open source team',
      'Residents in New Jersey called the police. Residents in NJ said that they felt a boom and saw fighter jets fly overhead.',
    );
    expect(found).toContain('they felt a boom and saw fighter jets fly overhead');
  });
});
