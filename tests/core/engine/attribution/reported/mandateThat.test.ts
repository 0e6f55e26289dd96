import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';
import { mandateThat } from '../../../../../src/core/engine/attribution/reported/mandateThat';

// reported/mandateThat.ts: "asked that X begin …", a directive told by a that-clause in the subjunctive.

describe('a mandate told by "that"', () => {
  test('the "that" of "asked that the …" is measured; a demonstrative "that" and other verbs are not', () => {
    expect(mandateThat('asked', ' that the government of Yemen begin')).toBe(5);
    expect(mandateThat('urged', ' that Congress act')).toBe(5);
    expect(mandateThat('asked', ' that question twice')).toBe(0);
    expect(mandateThat('hoped', ' that the government would act')).toBe(0);
  });

  // wikinews-international-conference-agrees-plan-yemen-terror-2010-01-27 (development half).
  test('"She asked that the government of Yemen begin …" reports the request, from its subject on', () => {
    const article = analyze(
      'International conference agrees plan for Yemen',
      'Hillary Clinton, the US Secretary of State, said that bringing peace to Yemen and making it more stable is a major priority for the United States.',
      'She asked that the government of Yemen begin its proposed ten-point program for the development of these areas and to reduce the influence of extremist organisations.',
    );
    expect(attribution(article, 'the government of Yemen begin its proposed ten-point program')).toMatchObject({
      kind: 'reported',
      speaker: 'Hillary Clinton',
      cue: 'She asked that',
    });
  });

  // wikinews-romanian-government-asks-kidnappers-release-journalist-2005-04-30 (development half).
  test('a participle\'s mandate: "made an appeal asking that the hostages be released"', () => {
    const article = analyze(
      'Romanian government asks kidnappers to release journalists',
      'Also, the Islamic Party of Iraq, which mainly consists of Sunni Muslims, made an appeal asking that the hostages be released.',
    );
    expect(quotesOf(article).map((q) => q.text)).toContain('the hostages be released');
  });

  // Near miss, invented: "that" as a determiner after "asked" opens no clause.
  test('"asked that question" reports nothing', () => {
    const article = analyze('Press conference', 'A reporter asked that question twice before the minister left the room.');
    expect(quotesOf(article)).toEqual([]);
  });
});
