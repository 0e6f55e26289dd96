import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';

// loneSpeakerNames.ts: one capitalised word that speaks a quote in its cue. Sentences from fresh pages outside the corpus:
// English Wikinews (2004, CC BY 2.5), NASA and digital.gov (public domain).

/** Each direct quote's first words and its speaker's name. */
function speakers(...paragraphs: Array<string>): Array<[string, string | null]> {
  const article = analyzeArticle(['A headline about the news', ...paragraphs].join('\n\n'));
  return article.paragraphs
    .flatMap((p) => p.quotes)
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text.split(' ').slice(0, 3).join(' '), article.entities.find((e) => e.id === q.speakerId)?.name ?? null]);
}

test('a surname alone after the quote, never written in full, is a person speaking: "…," Wu said.', () => {
  expect(
    speakers(
      'Democratic members of the House Judiciary Committee asked the GAO to investigate the election.',
      '"The integrity of our democracy is at stake. We need to give the American people confidence that each and every vote will be properly counted," Wu said. "I also understand concerns about the conflict of interest."',
    ),
  ).toEqual([
    ['The integrity of', 'Wu'],
    ['I also understand', 'Wu'],
  ]);
});

test('a misspelt surname of a person named in full is left alone rather than made someone new', () => {
  const said = speakers(
    '“Much of Planetary Protection focuses on bioburden,” Chelsi Cassilly said.',
    '“It’s impossible to eliminate microbes completely,” Cassily said. “But it’s our job to minimize bioburden.”',
  );
  expect(said.map(([, who]) => who)).not.toContain('Cassily');
});

test('a nickname in marks, and a word opening a new sentence after a question, are no lone speakers', () => {
  const said = speakers(
    'Usability is an investment that can build trust in government, according to Chung Yi “Sophie” Hou, a data and usability analyst.',
    '“I think it’s important to remember that trust in the government is earned,” said Sophie.',
    '“Why would they be looking for some information? What is the scenario?” Asking questions like these forces people to revise the way they examine their web content.',
  );
  expect(said.map(([, who]) => who)).not.toContain('Sophie');
  expect(said.map(([, who]) => who)).not.toContain('Asking');
});

/** The people an article names, by name and type. */
const typed = (...paragraphs: Array<string>) =>
  analyzeArticle(['A headline about the news', ...paragraphs].join('\n\n')).entities.map((e) => `${e.type}:${e.name}`);

// gv-malawi-banda-promises-lift-homosexuality-ban-2012-05-19, gv-nigeria-rashidi-yekini-obituary-2012-05-08 (CC BY 3.0)
test.each([
  ['Abdulmalik suggests that the move results from donor pressure:', 'No wonder the late President said we need to move with care.', 'Abdulmalik'],
  ['Harutizwi asks, "Where is our African identity?":', 'Western nations are pressuring African countries to accept their ways.', 'Harutizwi'],
  ['Tunde wrote about the "untold story of Rashidi Yekini\'s last days":', 'Accounts from neighbours say he lived alone.', 'Tunde'],
])('one word and a speech verb leading into a quoted comment name a commenter: %s', (lead, comment, name) => {
  expect(typed(lead, comment)).toContain(`person:${name}`);
});

// The lead-in patterns are asked only of a paragraph that ends in a colon (engine/textBefore.ts, endsInColon).
test('a lead-in far into a long paragraph names its commenter, and none when the paragraph goes on after the colon', () => {
  const filler = 'Donors met the minister on Monday. '.repeat(40);
  const comment = 'No wonder the late President said we need to move with care.';
  expect(typed(`${filler}Abdulmalik suggests that the move results from donor pressure:`, comment)).toContain('person:Abdulmalik');
  expect(typed(`${filler}Abdulmalik suggests that the move results from donor pressure: it is.`, comment)).not.toContain('person:Abdulmalik');
});

// gv-armenia-firebombers-released-bail-2012-05-16 (CC BY 3.0)
test('a lead-in that gives the one word "its" readers names a site, no person', () => {
  expect(typed('Ianyan updates its readers, examining motives:', 'The attackers were released on bail.')).not.toContain('person:Ianyan');
});

// Global Voices, "Zambia: Tensions Continue Over Severe Fuel Shortages" (2012, development half): readers' comments, each
// led in by the one name the reader posts under, set off as a reader by commas.
test('a reader the lead-in calls so is a person speaking, though they sign their name in lower case', () => {
  expect(
    speakers(
      'Rio, Zambian Watchdog reader, responds:',
      'It is not only Kabwe; some filling stations in Ndola have either no diesel or Petrol: I filled up my fuel tanks for the cars to be safe!',
      'Another reader, Kapyololo, thinks that fuel shortages is a sign of poor governance:',
      'Now fate is catching up with these PF goats. they thought things will be well with them when they secretly donate five million liters of fuel to Malawi. we call this carelessness. Jesus in the bible was very clear when he said do not give food meant for children to dogs otherwise your children will die of hunger. what now, fuel shortage is looming in the country. will Malawi give us our fuel? even the alleged cheap fuel which this kabimba with his mathani crookman are planning to bring in the country is not enough. come on people, lets not experiment with governance.it is costly.',
      'don’t say kapyololo did not warn. we saw this comig',
    ),
  ).toEqual([
    ['It is not', 'Rio'],
    ['Now fate is', 'Kapyololo'],
    ['don’t say kapyololo', 'Kapyololo'],
  ]);
});

// Global Voices, "Indonesia: Should Mosques Lower Prayer Volume?" (2 May 2012, CC BY 3.0), not in the corpus.
test('a blogger the lead-in names after "Another blogger," with the language tag of the link is a person', () => {
  expect(
    typed(
      'Another blogger, Tototapalnise [id], tries to understand the Vice President’s message:',
      'If we try to think about it carefully, the statement is a soft warning for Muslim people to maintain the adzan’s quality and also the mosques’ sound system quality...',
    ),
  ).toContain('person:Tototapalnise');
});

// Global Voices, "South Africa: The Spear, Freedom of Speech and Morality" (22 May 2012) and "Cuba: Remembering the
// Dissidents" (11 May 2012), CC BY 3.0, not in the corpus: commenters and bloggers by the screen names they write in
// lower case, opening the lead-in into their words.
test.each([
  [
    'nkhosi believes that there is something wrong with "a young white male depicting an elderly African leader in a very comprised posture":',
    'Smart artist understand the context of their work and they treat context very carefully.',
    'nkhosi',
  ],
  [
    "Of the former, babalu places blame for Soto's death squarely on the shoulders of the Cuban government:",
    'Mercilessly beaten in a park by agents of Cuba’s political police, Soto died three days later from the injuries he received.',
    'babalu',
  ],
])('a lead-in that opens with a name in lower case names a commenter: %s', (lead, comment, name) => {
  expect(typed('The discussion went on.', lead, comment)).toContain(`person:${name}`);
});

// gv-armenia-firebombers-released-bail-2012-05-16, gv-south-korea-monks-gambling-scandal-2012-05-15 (CC BY 3.0)
test.each([
  ['Ianyan updates its readers, examining motives:', 'examining'],
  ['and added [ko]:', 'and'],
])('a participle or a conjunction opening a lead-in is no commenter: %s', (lead, word) => {
  expect(typed('The discussion went on.', lead, 'The attackers were released on bail.')).not.toContain(`person:${word}`);
});
