import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/whoClause.ts: the first he, she, his or her in a who-clause on a name, before anyone else, is the named
// person's, wherever the name stands in its sentence. Sentences copied from the dev half of tests/fixtures/real.

/** The gender of the person named `name`, and the words shown for it. */
function genderOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.gender, entity.genderEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    "a his in the who-clause on the speaker's name (usgov-nasa-orca-airharp-paved-way-pace)",
    'Charles McClain',
    [
      'NASA’s ORCA, AirHARP Projects Paved Way for PACE to Reach Space',
      'Charles “Chuck” McClain, who led the ORCA research team until his retirement in 2013, said NASA’s commitment to technology development is a cornerstone of PACE’s success. “Without ESTO, it wouldn’t have happened. It was a long and winding road, getting to where we are today.”',
    ],
    ['man', 'his'],
  ],
  [
    'a he in the who-clause past an appositive, the name an object of the sentence (wikinews-renewed-concern-nuclear-response)',
    'Jyunichi Tokuyama',
    [
      'Renewed concern over nuclear response following atomic bomb anniversary',
      'The Al-Jazeera report also quotes Jyunichi Tokuyama, a specialist with the Iwate Prefecture Agricultural and Fisheries Department, who said he was shocked to find radioactive hotspots up to 300 kilometres from Fukushima.',
    ],
    ['man', 'he'],
  ],
  [
    'a his past a language tag in the who-clause on a name ending a list (gv-russia-violence-opposition-debate-tactics)',
    'Eduard Limonov',
    [
      'Russia: Violence Plunges Opposition into Debate About Tactics',
      'Kashin\'s attitude, the embrace of more confrontational tactics, is shared by many, including perennial dissident and controversial figure Eduard Limonov, who declared [ru] in his LiveJournal relievedly, "At last the protest [movement] has radicalized," concluding, "After what happened today, there\'s no longer any doubt (in case anyone still had some) that a Revolution is underway in Russia."',
    ],
    ['man', 'his'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(genderOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});
