import { quoteVerb } from '../../../../src/core/engine/sources/quoteVerb';
import { analyze, quotesOf } from '../attribution/helpers';

// sources/quoteVerb.ts: each quote keeps the reporting verb of its cue, as a lemma with its stance
// (lexicon/reportingVerbs.ts). Sentences copied from the dev half of tests/fixtures/real, tests/cases, the bundled
// article, and — for the directive verbs, which neither holds — the invented fixtures of tests/fixtures.

/** The verb of the quote whose text starts with `text`. */
function verbOf(text: string, headline: string, ...paragraphs: Array<string>) {
  const quote = quotesOf(analyze(headline, ...paragraphs)).find((q) => q.text.startsWith(text));
  if (!quote) throw new Error(`no quote starts with "${text}"`);
  return quote.verb;
}

test.each([
  [
    'neutral: "Putin added" (the bundled CGTN article)',
    'The talks also focused',
    "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
    'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression committed with the direct participation of destructive internal and external forces."',
    '"The talks also focused on strengthening military and military-technical cooperation. Russia will continue to assist Kazakhstan in training military specialists," Putin added.',
    { lemma: 'add', stance: 'neutral' },
  ],
  [
    'assertive: "emphasized that" (usgov-gsa-challenge-gov-building-community)',
    'the positive impact',
    'Challenge.gov: Building Community',
    'Finally, Bacon and Davis emphasized that the positive impact doesn’t end once a winner is announced.',
    { lemma: 'emphasise', stance: 'assertive' },
  ],
  [
    'doubting: "The governor claimed that" (gv-indonesia-governor-middle-finger)',
    'he doesn',
    'Indonesia: Governor Shows Middle Finger',
    'As netizens expressed their shock and rage over the "indecent" behavior, Foke\'s spokesman said that the governor was only joking among young people who gathered for a band competition event. The governor claimed that he doesn\'t "understand those kinds of things".',
    { lemma: 'claim', stance: 'doubting' },
  ],
  [
    'conceding: "he conceded" (tests/cases/P04)',
    'Some fans see it differently',
    'Coach admits doubts',
    'Derek Mbeki has coached the county side for six years.',
    '"Some fans see it differently," he conceded.',
    { lemma: 'concede', stance: 'conceding' },
  ],
  [
    'questioning: "he asked" with a question (tests/cases/P08)',
    'Where are the farmers',
    'Senator questions farm aid',
    'Senator Colm Brady walked up to the podium. "Where are the farmers\' subsidies?" he asked.',
    { lemma: 'ask', stance: 'questioning' },
  ],
  [
    'directive: "urged anyone … to stay" (invented fixture climate-protest-harvard-bridge)',
    'anyone planning',
    'Climate protest closes Harvard Bridge',
    'Ellis said police were aware of plans for more protests, and urged anyone planning to demonstrate to stay "on the sidewalk, not in the road" and to let police know in advance.',
    { lemma: 'urge', stance: 'directive' },
  ],
  [
    '"according to" is a verb of its own (usgov-doj-usao-idaho-drug-distribution-cases)',
    'Reyna sold',
    'Three Sentenced in Idaho Drug Cases',
    'According to court records, Reyna sold individuals methamphetamine on June 6, 2023, and on June 15, 2023.',
    { lemma: 'according to', stance: 'neutral' },
  ],
])('%s', (_, text, headline, ...rest) => {
  const expected = rest.pop();
  expect(verbOf(text, headline, ...(rest as Array<string>))).toEqual(expected);
});

test('a quote whose cue has no verb (a dash and a name after it) keeps no verb (wikinews-hackers-attack-scientology-website)', () => {
  expect(
    verbOf('So far', 'Hackers attack Scientology website', '"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram'),
  ).toBeNull();
});

test('"called for" asks for something: the verb is "call for", directive (invented fixture cgtn-wang-guterres-food-crisis)', () => {
  // The engine reads no reported speech after "called" (lexicon/quoteOnlyVerbs.ts), so the cue is given by hand.
  const text = 'They also called for trade in fertilizer and farm products to remain open and predictable.';
  const cue = { block: 0, start: 0, end: 'They also called'.length };
  expect(quoteVerb([text], cue, { block: 0, start: 0, end: 4 })).toEqual({ lemma: 'call for', stance: 'directive' });
});

test('"asks" with an object and a to-infinitive is a request (gv-singapore-code-of-conduct), "asked" after a question a question (tests/cases/P08)', () => {
  // The engine reads no reported speech after "asks" (lexicon/quoteOnlyVerbs.ts), so the cue is given by hand.
  const request =
    'Andrew Loh asks the government to leave the online community alone, explaining that there is a lack of trust between the bloggers and the government:';
  expect(quoteVerb([request], { block: 0, start: 0, end: 15 }, { block: 0, start: 0, end: 10 })).toEqual({ lemma: 'ask', stance: 'directive' });
  const question = '"Where are the farmers\' subsidies?" he asked.';
  const at = question.indexOf('he asked');
  expect(quoteVerb([question], { block: 0, start: at, end: at + 8 }, { block: 0, start: at, end: at + 2 })).toEqual({ lemma: 'ask', stance: 'questioning' });
});
