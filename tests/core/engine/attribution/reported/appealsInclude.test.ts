import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/appealsInclude.ts: what a group's demands "include" is what it asked for.

describe('a group’s demands, and what they include', () => {
  // wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10 (development half).
  test('"Their demands have included dissolving Parliament, …": the list is reported, left unattributed', () => {
    const article = analyze(
      'No casualties in missile strike on Iraqi air base',
      "Protesters have claimed Iran, especially, amongst other outside parties, is unduly influencing their government and inducing politicians to act against Iraq's interests. Their demands have included dissolving Parliament, appointing an election committee whose members are selected irrespective of party affiliation, and a clear date set for new elections.",
    );
    expect(attribution(article, 'dissolving Parliament, appointing an election committee')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'Their demands have included',
    });
  });

  // wikinews-hong-kong-protesters-surround-police-complex-2019-06-23 (development half).
  test('"Protesters\' demands include investigation of …": the demands, with the direct quote inside them', () => {
    const article = analyze(
      'Hong Kong protesters surround police complex',
      'Protesters\' demands include investigation of alleged police violence against protesters on June 12, the release and dropping of charges against protesters who were arrested, that the government cease referring to the protests as "riots," and complete dismissal of the extradition bill.',
    );
    expect(attribution(article, 'investigation of alleged police violence')).toMatchObject({ kind: 'reported', cue: "Protesters' demands include" });
  });

  test('what a package or a price includes is no one’s words', () => {
    const article = analyze('Headline', 'The package includes three nights in a hotel and two guided tours of the city.');
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });
});
