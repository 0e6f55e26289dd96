import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sourceTypes.ts: a Global Voices post sets a language tag after a linked name ("[en]", "[ru]"); the appositive or the
// body after the tag still describes the name. Sentences from the development half (gv-russia-duma-deputy-extremist-tweets).

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test('an appositive past a language tag: a Duma deputy is an official', () => {
  const article = analyze(
    'Russia: Duma Deputy Wants Criminal Liability for Extremist Tweets',
    'Yesterday, on May 14, Aleksandr Khinshtein [en], a Duma deputy and member of United Russia, wrote a letter to the Prosecutor General of Russia. Twitter and Facebook, he argued, "have effectively transformed into an instrument to coordinate the actions of extremists."',
  );
  expect(typeOf(article, 'Aleksandr Khinshtein')).toEqual(['official', 'a Duma deputy and member of United Russia']);
});
