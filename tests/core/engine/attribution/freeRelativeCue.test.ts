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
