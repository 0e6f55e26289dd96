import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/ownCorrespondent.ts: the outlet's own correspondent closing a report filed from the scene is a witness; a
// journalist of another outlet quoted as a voice stays a citizen. Sentences copied from the dev half of tests/fixtures/real.

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string]]>([
  [
    'the outlet\'s own correspondent closing the report with "reported": witness (voa-zimbabwe-striking-teachers-defy-directive)',
    'Taurai Shava',
    [
      'Striking Zimbabwe Teachers Defy Directive to Return to Work',
      'Classrooms in the high density suburbs or townships of the Midlands capital of Gweru were mostly empty Monday morning as teachers stayed home despite the government ultimatum to report for duty or be sacked, correspondent Taurai Shava reported.',
    ],
    ['witness', 'correspondent Taurai Shava reported'],
  ],
  [
    '"as correspondent … reports" closing the report: witness (voa-zimbabwe-wfp-ramps-up-food-aid)',
    'Netsai Mlilo',
    [
      'World Food Program Ramps Up Food Aid To Some 3 Million Zimbabweans',
      'The church leaders are now bracing for 2008, as correspondent Netsai Mlilo reports.',
    ],
    ['witness', 'as correspondent Netsai Mlilo reports'],
  ],
  [
    'an inverted "reported" with the name alone closing the report: witness (voa-zimbabwe-mutambara-undoes-opposition-unification)',
    'Safari Njema',
    [
      "Zimbabwe's Mutambara Undoes Opposition Moves Towards Unification",
      'As campaigning for the March 2008 elections picks up, key issues are emerging as respective party leaders address supporters, reported Safari Njema.',
    ],
    ['witness', 'reported Safari Njema'],
  ],
  [
    "another outlet's correspondent who had reported is a journalist quoted as a voice: citizen (gv-pakistan-twitter-blocked-weekend-censorship)",
    'Suhail Chaudhry',
    [
      'Pakistan: Twitter Goes Through Weekend of Censorship',
      'Express News correspondent Suhail Chaudhry had reported that the access to Twitter was blocked due to an ongoing “competition” of Prophet Muhammad’s (pbuh) caricatures. This move was made, keeping in mind the “emotions of the masses” reported Chaudhry.',
    ],
    ['citizen', 'Express News correspondent'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(typeOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});
