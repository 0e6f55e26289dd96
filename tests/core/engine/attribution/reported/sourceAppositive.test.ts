import { describe, expect, test } from 'vitest';
import { roleAppositiveLength } from '../../../../../src/core/engine/attribution/reported/sourceAppositive';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/sourceAppositive.ts: a source person's role set off by commas after "According to X" is the cue's, not content.

/** The appositive read after the name that ends at `name` in `sentence`, or null. */
const appositiveAfter = (sentence: string, name: string): string | null => {
  const from = sentence.indexOf(name) + name.length;
  const length = roleAppositiveLength(sentence, from, sentence.length);
  return length === null ? null : sentence.slice(from, from + length);
};

describe('role appositive after a source', () => {
  // digital.gov (public domain), fresh text: possessives and plural nouns are no verbs.
  test('a role with a possessive or a plural in its complement is an appositive', () => {
    expect(
      appositiveAfter(
        'According to Dr. Josiah Dykstra, technical director for NSA’s Laboratory for Telecommunication Sciences, this technology will help employees work more efficiently.',
        'Dykstra',
      ),
    ).toBe(', technical director for NSA’s Laboratory for Telecommunication Sciences,');
    expect(
      appositiveAfter(
        'According to Gerry McGovern, author of several books about top tasks, we should delete 90% of the information on a typical website.',
        'McGovern',
      ),
    ).toBe(', author of several books about top tasks,');
  });

  // Wikinews (CC BY 2.5), fresh text: a relative inside the role, and an address's region after its comma.
  test('a relative and a "City, Country" address stay in the appositive', () => {
    expect(
      appositiveAfter(
        'According to Col. C. Tsai, a military psychiatrist who examined Ford at the Army Regional Medical Center in Landstuhl, Germany, there had been three or four other soldiers.',
        'Tsai',
      ),
    ).toBe(', a military psychiatrist who examined Ford at the Army Regional Medical Center in Landstuhl, Germany,');
  });

  test('a clause after the name is no appositive', () => {
    expect(appositiveAfter('According to John Smith, the director resigned, and the board will meet next week.', 'Smith')).toBeNull();
    expect(appositiveAfter('According to John Smith, the director was fired, and the board will meet next week.', 'Smith')).toBeNull();
    expect(appositiveAfter('According to John Smith, prices have risen, and the board will meet next week.', 'Smith')).toBeNull();
  });

  // US Army ARCIC (public domain), fresh text; Wikinews (CC BY 2.5), development half.
  test('"According to X, role, …": the content starts after the role, which the cue holds', () => {
    const article = analyze(
      'The future of Army electronic warfare',
      "According to Col. James Ekvall, Chief of the Army's Electronic Warfare Division, there will always be a requirement to gain and maintain an advantage in the electromagnetic spectrum.",
      'According to Dr. Tom Frieden, formerly the director of the United States\' Centers for Disease Control and Prevention, the pandemic is "unprecedented."',
    );
    expect(attribution(article, 'there will always be a requirement')).toMatchObject({
      kind: 'reported',
      speaker: 'James Ekvall',
      cue: "According to Col. James Ekvall, Chief of the Army's Electronic Warfare Division",
    });
    expect(attribution(article, 'the pandemic is')).toMatchObject({ kind: 'reported', speaker: 'Tom Frieden' });
    expect(
      quotesOf(article)
        .filter((q) => q.kind === 'reported')
        .map((q) => q.text),
    ).toEqual(['there will always be a requirement to gain and maintain an advantage in the electromagnetic spectrum', 'the pandemic is "unprecedented."']);
  });
});
