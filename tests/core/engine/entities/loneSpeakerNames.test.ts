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

// gv-armenia-firebombers-released-bail-2012-05-16 (CC BY 3.0)
test('a lead-in that gives the one word "its" readers names a site, no person', () => {
  expect(typed('Ianyan updates its readers, examining motives:', 'The attackers were released on bail.')).not.toContain('person:Ianyan');
});
