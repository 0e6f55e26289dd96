import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/sourceTypes.ts: what kind of voice each speaker is, from the role words the article gives them, with the
// words that show it; unknown when no role word says. Sentences copied from the dev half of tests/fixtures/real and
// the bundled CGTN article.

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'a title with a nationality before the name: official (the bundled CGTN article)',
    'Vladimir Putin',
    [
      "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
      'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression committed with the direct participation of destructive internal and external forces."',
    ],
    ['official', 'Russian President'],
  ],
  [
    'the head of an office the words tie to a government: official (usgov-doj-russian-intelligence-spear-phishing-domains)',
    'Paul Abbate',
    [
      'Justice Department Disrupts Russian Intelligence Spear-Phishing Efforts',
      '“Working in close collaboration with public and private sector partners—in this case through the execution of domain seizures — we remain in prime position to counter and defeat a broad range of cyber threats posed by adversaries,” said FBI Deputy Director Paul Abbate. “Our efforts to prevent the theft of information by state-sponsored criminal actors are relentless, and we will continue our work in this arena with partners who share our common goals.”',
    ],
    ['official', 'FBI Deputy Director'],
  ],
  [
    'the president of a club and a director at a workplace: no official, and nothing else is said, so unknown (usgov-nasa-marshall-beam-color-of-space)',
    'Nick Benjamin',
    [
      'Marshall’s BEAM group hosts “The Color of Space”',
      '“We hope to foster a deeper understanding of the diverse narratives within the Black community that are sometimes overlooked and misunderstood,” said Nick Benjamin, president of BEAM, and a payload operations director at Marshall. “Our aim is not only to commemorate the past but also to inspire ongoing conversations, awareness, and actions that promote equity, inclusivity, and positive change.”',
    ],
    ['unknown', undefined],
  ],
  [
    'what the text says a name is: a spokesman, spokesperson (voa-zimbabwe-mdc-accuses-government-threatening-leader)',
    'Nelson Chamisa',
    [
      "Zimbabwe's Main Opposition Group Accuses Government Of Threatening Its Leader",
      'Nelson Chamisa is a spokesman for the opposition MDC. Speaking with English to Africa reporter Peter Clottey, he said, “What we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.”',
    ],
    ['spokesperson', 'a spokesman for the opposition MDC'],
  ],
  [
    'a role noun before the name: a political scientist is an expert (gv-malawi-bloggers-joyce-banda)',
    'Boni Dulani',
    [
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      'Her new cabinet has also attracted reactions from bloggers. Political scientist Boni Dulani says that he should be excused for being very skeptical given the composition of her new team:',
    ],
    ['expert', 'Political scientist'],
  ],
  [
    'a blogger giving their opinion is a citizen (gv-russia-governor-resignations)',
    'Oleg Kozyrev',
    [
      'Russia: Governor Resignations',
      'But with the appointment of his replacement elections will not happen for another five years. Opposition activist/blogger Oleg Kozyrev calls this “electoral theft” [ru] and a conscious plan of deception.',
    ],
    ['citizen', 'blogger'],
  ],
  [
    'an organisation that speaks is an organisation (voa-zimbabwe-harare-proposes-demolitions)',
    'Harare City Council',
    [
      "'Operation Murambatsvina' Recalled As Zimbabwe Capital Proposes Demolitions",
      'Four years after Operation Murambatsvina, the forced eviction and demolition operation that was carried out by the previous government of Zimbabwe displacing hundreds of thousands of people, the Harare City Council has announced that it will destroy illegal structures that have mushroomed in the capital since the traumatic 2005 operation.',
    ],
    ['organisation', 'Harare City Council'],
  ],
  [
    'a name with no role word is unknown, never guessed (gv-indonesia-governor-middle-finger)',
    'Pangeran Siahaan',
    [
      'Indonesia: Governor Shows Middle Finger',
      'Pangeran Siahaan wrote a column on the issue and tried to understand:',
      'With his middle finger raised and the fatherly smile glued on his face, the same smile that can be seen on billboards around the capital, the governor looked cool and firm. It’s some sort of a non-verbal communication that reflects his thoughts on the people....',
    ],
    ['unknown', undefined],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(typeOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});

test('only speakers are given a type: a person who says nothing has none (the bundled CGTN article)', () => {
  const article = analyze(
    "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
    "Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow and the two discussed Kazakhstan's stability and bilateral cooperation.",
  );
  expect(article.entities.find((e) => e.name === 'Kassym-Jomart Tokayev')?.sourceType).toBeUndefined();
});
