import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from '../attribution/helpers';

// surnameOfOutlet.ts: a surname alone, "of" a news outlet, then a speech verb.
describe('a writer called by the surname alone, then "of" the outlet they write for', () => {
  const kinds = (paragraphs: Array<string>) => new Map(findEntities(['A headline about the news', ...paragraphs], 0).entities.map((e) => [e.name, e.type]));

  // Development half: wikinews-nyc-russian-vodka-boycott-homosexuality-laws-2013-08-06 (CC BY 2.5), where the quote went
  // to an organisation named "Dodds of Time Magazine".
  test('"Dodds of Time Magazine points out, "…"" is Dodds, who speaks, and Time Magazine', () => {
    const paragraph =
      'These boycotts are not without criticism. Dodds of Time Magazine points out, "At first glance, Stoli seems a logical target for those hoping to promote greater awareness of the plight of gays in Russia."';
    const found = kinds([paragraph]);
    expect(found.get('Dodds')).toBe('person');
    expect(found.get('Time Magazine')).toBe('organization');
    expect(found.has('Dodds of Time Magazine')).toBe(false);
    const article = analyze('NYC bars boycott Russian vodka over homosexuality laws', paragraph);
    expect(attribution(article, 'At first glance')).toMatchObject({ kind: 'direct', speaker: 'Dodds' });
  });

  // Made up, in the shape of media-column copy: a sentence opening on what an outlet makes or is.
  test.each(['Analysis', 'Poll', 'Publisher', 'Coverage', 'Commentary', 'Ownership', 'Polling'])(
    '"%s of The Washington Post says "…"" names no person',
    (noun) => {
      const found = kinds([`${noun} of The Washington Post says the memo "changes nothing".`]);
      expect(found.get(noun)).not.toBe('person');
    },
  );

  // Made up: the shapes the rule must leave alone.
  test('a title, a role noun or a plural subject before "of" an outlet is no surname', () => {
    const found = kinds([
      'Editor of The Daily Telegraph said the paper would appeal.',
      'Critics of The Times said the piece was unfair.',
      'Friends of The Guardian say the piece was unfair.',
    ]);
    expect(found.get('Editor')).toBeUndefined();
    expect(found.get('Critics')).toBeUndefined();
    expect(found.get('Friends')).toBeUndefined();
  });

  test('a surname and an outlet with no speech verb after them stay as they were', () => {
    const found = kinds(['Dodds of Time Magazine attended the launch in Moscow.']);
    expect(found.get('Dodds')).toBeUndefined();
  });
});

// A fresh Wikinews page (Air France flight 447, April 2011), measured held out.
describe('a surname the text gave in full before, then "of" a body', () => {
  test('"Soulas of Entraide et Solidarité AF447 disagreed" is Robert Soulas, so his next "He added" is his', () => {
    const article = analyze(
      'Wreckage of Air France Flight 447 found',
      '"We weren’t prepared for that," Robert Soulas, vice president of Entraide et Solidarité AF447, a support group for families of victims of the crash, said.',
      'An attorney for several families said some had yet to come to terms with loss of loved ones.',
      'Soulas of Entraide et Solidarité AF447 disagreed. "There\'s a very traumatic side to this." He added, "And it risks causing a dispute between families."',
    );
    expect(attribution(article, 'And it risks causing a dispute')).toMatchObject({ speaker: 'Robert Soulas' });
  });

  test("a word of one body's name that no full name ends with stays part of the name", () => {
    const found = new Map(
      findEntities(['A headline about the news', 'Robert Soulas spoke first.', 'Friends of Entraide met on Monday.'], 0).entities.map((e) => [e.name, e.type]),
    );
    expect(found.get('Friends')).toBeUndefined();
  });
});
