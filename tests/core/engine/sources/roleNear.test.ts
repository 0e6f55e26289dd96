import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sourceTypes.ts roleNear: a role word near a mention silences the weak signs ("Dr"); a word the window around the
// mention cuts in two is no role ("Intern" of "International"). Sentence from the development half
// (wikinews-world-war-ii-plane-crashes-connecticut).

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test('a word cut by the window is no role near the name: the doctor stays an expert', () => {
  const article = analyze(
    'World War II plane crashes in Connecticut',
    'Dr. Steven Wolf at Saint Francis said, "We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning."',
  );
  expect(typeOf(article, 'Steven Wolf')).toEqual(['expert', 'Dr. Steven Wolf']);
});
