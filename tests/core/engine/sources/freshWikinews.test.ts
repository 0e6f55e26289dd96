import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// Sources' type and gender on fresh English Wikinews articles of 2019 (CC BY 2.5), in neither half of
// tests/fixtures/real; each sentence copied verbatim.

/** The entity named `name`'s [type, its words, gender, its words]. */
function sourceOf(article: Article, name: string): [string | undefined, string | undefined, string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text, entity.gender, entity.genderEvidence?.text];
}

describe('legislators and envoys are officials', () => {
  test.each<[string, string, Array<string>, [string, string, string, string | undefined]]>([
    [
      // "Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline", 2019-08-29.
      'a Westminster-style MP with the party before the title',
      'Philip Hammond',
      [
        'Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline',
        'Conservative MP Philip Hammond commented, "It would be a constitutional outrage if Parliament were prevented from holding the government to account at a time of national crisis."',
      ],
      ['official', 'Conservative MP', 'unknown', undefined],
    ],
    [
      // "Nevada becomes first state in U.S. with majority-female legislature", 2019-02-07.
      'a state assemblywoman, whose title also states her gender',
      'Selena Torres',
      [
        'Nevada becomes first state in U.S. with majority-female legislature',
        'Newly elected Assemblywoman Selena Torres said, "It\'s really exciting to be part of this female majority, but also to be a Latina sitting in that majority."',
      ],
      ['official', 'Assemblywoman', 'woman', 'Assemblywoman'],
    ],
    [
      // "Germany bans Mahan Air of Iran, citing 'security'", 2019-01-23.
      'an ambassador "to" a country',
      'Richard Grenell',
      [
        "Germany bans Mahan Air of Iran, citing 'security'",
        'US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had "contributed to incredible human suffering, violence, and political instability felt across the world," by supporting Syrian President Bashar al-Assad.',
      ],
      ['official', 'US Ambassador to Germany', 'unknown', undefined],
    ],
  ])('%s', (_, name, blocks, expected) => {
    expect(sourceOf(analyze(...blocks), name)).toEqual(expected);
  });
});
