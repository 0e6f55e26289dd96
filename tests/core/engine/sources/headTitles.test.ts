import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// Kinds of title before a name that the source types read wrongly on fresh English Wikinews articles (CC BY 2.5), in
// neither half of tests/fixtures/real; each sentence copied from the article, some cut short.

/** The entity named `name`'s type and the words that show it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, string, [string, string | undefined]]>([
  [
    // "Kmart to buy Sears for US$11 billion" (WikinewsSum).
    "a company's name before its head's title says whose head speaks: its spokesperson, no official",
    'Alan Lacy',
    'Sears CEO Alan Lacy, speaking about the deal, promised up to $500 million a year in savings.',
    ['spokesperson', 'Sears CEO'],
  ],
  [
    // "Philippines' largest television network shut down by government", 2020-05-06.
    'a company named by its initials before its head',
    'Carlo Katigbak',
    "ABS-CBN CEO Carlo Katigbak said refunds for Duterte's unaired political ads were offered.",
    ['spokesperson', 'ABS-CBN CEO'],
  ],
  [
    // "Wash your hands or else spread superbug E. coli, say scientists", 2019-10-25.
    "a society's president",
    'Ash Soni',
    'Society President Ash Soni told the public, "If we can reduce the number of illnesses where antibiotics are needed, we can reduce the use of antibiotics."',
    ['spokesperson', 'Society President'],
  ],
  [
    // The dev half's NASA lease article: a university's head may hold a public office; the title alone is read.
    "a university's head keeps the title's reading",
    'Mark Welsh III',
    'NASA Johnson Director Vanessa Wyche, Texas A&M University System Chancellor John Sharp, and Texas A&M University President Mark Welsh III announced the new collaboration. “This is a great day,” Welsh said.',
    ['official', 'President'],
  ],
  [
    // A country before a head's title still makes it an office of state.
    'a nation before a head of state',
    'John Kufuor',
    'Ghana President John Kufuor said, "We welcome the initiative."',
    ['official', 'President'],
  ],
])('%s', (_, name, sentence, expected) => {
  expect(typeOf(analyze('A headline about the news', sentence), name)).toEqual(expected);
});
