import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// Sources' type and gender on fresh English Wikinews articles of 2019–2020 (CC BY 2.5), in neither half of
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
    [
      // "President Trump says he 'can' and 'may' put US into state of emergency to build border wall", 2019-01-07.
      'the Speaker of the House, in an appositive',
      'Nancy Pelosi',
      [
        "President Trump says he 'can' and 'may' put US into state of emergency to build border wall",
        'Nancy Pelosi, the Speaker of the House, said on Friday "We are committed to keeping our border safe. We can do that best when government is open. We made that clear to the president."',
      ],
      ['official', 'the Speaker of the House', 'unknown', undefined],
    ],
    [
      // "On the campaign trail in the USA, August 2020", 2020-09-30.
      'a House Speaker before the name',
      'Nancy Pelosi',
      [
        'On the campaign trail in the USA, August 2020',
        'In reaction to the convention, House Speaker Nancy Pelosi accused Trump of ignoring "truth, evidence, data and facts" and said she would prefer Biden not participate in the presidential debates with Trump.',
      ],
      ['official', 'House Speaker', 'unknown', undefined],
    ],
  ])('%s', (_, name, blocks, expected) => {
    const [headline = '', ...paragraphs] = blocks;
    expect(sourceOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
  });
});
