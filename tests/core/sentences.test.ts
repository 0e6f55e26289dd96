import { sentenceIndexAt, splitSentences } from '../../src/core/sentences';
import { loadGold, paragraph } from './gold';

const gold = loadGold();

function sentences(text: string): Array<string> {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

test.each<[string, string, Array<string>]>([
  ['two plain sentences', 'Putin met Tokayev in Moscow. The two discussed stability.', ['Putin met Tokayev in Moscow.', 'The two discussed stability.']],
  [
    'a question and an exclamation',
    'Is the unrest over? Order is restored! Troops will leave.',
    ['Is the unrest over?', 'Order is restored!', 'Troops will leave.'],
  ],
  ['a sentence starting with a number', 'The talks ended. 12 documents were signed.', ['The talks ended.', '12 documents were signed.']],
  ['a sentence starting with a quotation', 'The talks ended. "We agree," Putin said.', ['The talks ended.', '"We agree," Putin said.']],
  ['a sentence starting with a curly quotation', 'The talks ended. “We agree,” Putin said.', ['The talks ended.', '“We agree,” Putin said.']],
  [
    'a sentence starting with a parenthesis',
    'Troops left in January. (The CSTO confirmed it.) Order held.',
    ['Troops left in January.', '(The CSTO confirmed it.)', 'Order held.'],
  ],
  [
    'a quotation that ends the sentence',
    'Putin called it "an act of aggression." Tokayev agreed.',
    ['Putin called it "an act of aggression."', 'Tokayev agreed.'],
  ],
  [
    // Kenya's Brigid Kosgei sets new world record at Chicago Marathon (fresh Wikinews page, CC BY 2.5; not in the corpus).
    'a quotation opening with an omission in square brackets',
    'Kosgei was joined by Paula Radcliffe at the finish line. "[...] I always knew this time would come", Radcliffe said.',
    ['Kosgei was joined by Paula Radcliffe at the finish line.', '"[...] I always knew this time would come", Radcliffe said.'],
  ],
  [
    // Global Voices, "Colombia: Bomb Blast Targets Former Minister Londoño", 2012-05-16 (development half).
    'a sentence opening with a Twitter handle, its subject',
    "The country's main radio network interviewed live [es] the mother of Mr. Londoño's driver, which was deemed sensationalist [es]. @LaCaballero writes [es]:",
    [
      "The country's main radio network interviewed live [es] the mother of Mr. Londoño's driver, which was deemed sensationalist [es].",
      '@LaCaballero writes [es]:',
    ],
  ],
  ['an e-mail address after a stop is no handle', 'Write to us. press@example.org answers.', ['Write to us. press@example.org answers.']],
  [
    'a quotation opening with a bracketed capital',
    'The vote failed. "[W]e must get Brexit done," Johnson said.',
    ['The vote failed.', '"[W]e must get Brexit done," Johnson said.'],
  ],
  [
    // Seoul city Mayor Park Won-soon found dead (fresh Wikinews page, CC BY 2.5; not in the corpus).
    "Wikinews's language template, its Korean original running into the next English sentence with no stop",
    'His daughter reported he "left home four–five hours ago." ((ko))Korean language: ‍4~5시간 전에 아버지가 유언 같은 말을 남기고 집을 나갔는데 전화기가 꺼져 있다 Park\'s phone was last active in Seongbuk-gu, The Korea Herald reported.',
    [
      'His daughter reported he "left home four–five hours ago."',
      '((ko))Korean language: ‍4~5시간 전에 아버지가 유언 같은 말을 남기고 집을 나갔는데 전화기가 꺼져 있다',
      "Park's phone was last active in Seongbuk-gu, The Korea Herald reported.",
    ],
  ],
  ['a year at the end of a sentence', 'The unrest began in 2022. It ended within a week.', ['The unrest began in 2022.', 'It ended within a week.']],
  ['several spaces between sentences', 'Putin spoke.   Tokayev listened.', ['Putin spoke.', 'Tokayev listened.']],
  [
    // Wikinews discusses DRM and youtube-dl with Richard Stallman (fresh Wikinews page, CC BY 2.5; not in the corpus).
    'a sentence opening with a name that keeps its lower-case letter',
    "RIAA's takedown notice had alleged youtube-dl was intended to redistribute music videos without authorisation.  youtube-dl's source code had a number of unit tests.",
    [
      "RIAA's takedown notice had alleged youtube-dl was intended to redistribute music videos without authorisation.",
      "youtube-dl's source code had a number of unit tests.",
    ],
  ],
  ['a sentence opening with "iPhone"', 'Apple sold fewer phones. iPhone sales fell in March.', ['Apple sold fewer phones.', 'iPhone sales fell in March.']],
])('%s are split into sentences', (_, text, expected) => {
  expect(sentences(text)).toEqual(expected);
});

test.each<[string, string, Array<string>]>([
  ['"Feb."', 'The talks were held on Feb. 10 in Moscow. Both sides agreed.', ['The talks were held on Feb. 10 in Moscow.', 'Both sides agreed.']],
  ['"Jan."', 'CSTO troops arrived on Jan. 6 and left by Jan. 19. Order held.', ['CSTO troops arrived on Jan. 6 and left by Jan. 19.', 'Order held.']],
  ['"U.N."', 'Both leaders praised the U.N. Security Council. Then they left.', ['Both leaders praised the U.N. Security Council.', 'Then they left.']],
  ['"Mr."', 'Mr. Putin met Mr. Tokayev at the Kremlin. They spoke for hours.', ['Mr. Putin met Mr. Tokayev at the Kremlin.', 'They spoke for hours.']],
  ['"Dr." and "Gen."', 'Dr. Ivanova and Gen. Gerasimov attended. Nobody else did.', ['Dr. Ivanova and Gen. Gerasimov attended.', 'Nobody else did.']],
  ['an initial', 'Vladimir V. Putin met Kassym-Jomart K. Tokayev. They shook hands.', ['Vladimir V. Putin met Kassym-Jomart K. Tokayev.', 'They shook hands.']],
  ['a full stop inside a quotation', 'He said "Stop. Now." Then he left.', ['He said "Stop. Now."', 'Then he left.']],
  ['"e.g." before a lower-case name', 'He sold phones, e.g. iPhone models. Then he left.', ['He sold phones, e.g. iPhone models.', 'Then he left.']],
])('a sentence is not split after %s, but is at its real end', (_, text, expected) => {
  expect(sentences(text)).toEqual(expected);
});

// nasa_article_101.md of katie-hofschen/NASA_RAG ("How NASA's Roman Mission Will Hunt for Primordial Black Holes") and
// nasa_article_5.md ("55 Years Ago: Two Months Until the Moon Landing"), neither in the corpus.
test('a journal letter before a stop ends the sentence when a quotation opens after it', () => {
  const text =
    'A paper describing the results has been published in the journal Physical Review D. “If we find them, it will shake up the field of theoretical physics.”';
  expect(sentences(text)).toEqual([
    'A paper describing the results has been published in the journal Physical Review D.',
    '“If we find them, it will shake up the field of theoretical physics.”',
  ]);
});

test('a middle initial before a nickname in marks does not end the sentence', () => {
  const text = 'Apollo 11 astronauts Neil A. Armstrong, Michael Collins, and Edwin E. “Buzz” Aldrin trained in Houston. They flew in July.';
  expect(sentences(text)).toEqual([
    'Apollo 11 astronauts Neil A. Armstrong, Michael Collins, and Edwin E. “Buzz” Aldrin trained in Houston.',
    'They flew in July.',
  ]);
  expect(sentences('MSC pilot Harold E. "Bud" Ream flew the trainer.')).toEqual(['MSC pilot Harold E. "Bud" Ream flew the trainer.']);
});

test('a quotation of two sentences stays inside one sentence, and the sentence after it is split off', () => {
  const text = 'Putin added: "The talks also focused on military cooperation. Russia will continue to assist Kazakhstan." He then left.';
  expect(sentences(text)).toEqual([
    'Putin added: "The talks also focused on military cooperation. Russia will continue to assist Kazakhstan."',
    'He then left.',
  ]);
});

test('a curly-quoted passage of two sentences is not split', () => {
  expect(sentences('“We won. They lost,” he said. Then he left.')).toEqual(['“We won. They lost,” he said.', 'Then he left.']);
});

test('a quoted passage that ends in the middle of a sentence does not end it', () => {
  expect(sentences('He said "Stop. Now" and walked out.')).toEqual(['He said "Stop. Now" and walked out.']);
});

test('a lowercase word after a full stop does not start a sentence', () => {
  expect(sentences('The talks ended at 5 p.m. and both leaders left.')).toEqual(['The talks ended at 5 p.m. and both leaders left.']);
});

test('the quote in paragraph 5, which holds two sentences, is one sentence with its cue', () => {
  const p5 = paragraph(gold, 'p5');
  expect(sentences(p5.text)).toEqual([p5.text]);
});

test.each(gold.paragraphs.map((p) => [p.id, p.text] as const))('paragraph %s of the gold is a single sentence', (_, text) => {
  expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
});

test('a text without a full stop is one sentence, and an empty text has none', () => {
  expect(sentences('With input from Xinhua')).toEqual(['With input from Xinhua']);
  expect(splitSentences('')).toEqual([]);
});

test('sentence ranges point into the text and skip the spaces between sentences', () => {
  const text = 'Putin spoke. Tokayev listened.';
  expect(splitSentences(text)).toEqual([
    { start: 0, end: 12 },
    { start: 13, end: 30 },
  ]);
});

test.each<[number, number]>([
  [0, 0],
  [5, 0],
  [11, 0],
  [12, 1],
  [13, 1],
  [29, 1],
  [30, 1],
  [100, 1],
])('the offset %i lies in sentence %i', (offset, index) => {
  expect(sentenceIndexAt(splitSentences('Putin spoke. Tokayev listened.'), offset)).toBe(index);
});

test.each<[string, string, Array<string>]>([
  [
    'a full stop the scrape glued to the next sentence',
    'Mr. Weah spoke to English to Africa reporter Ruby Ofori by mobile phone from Monrovia.He denies news reports that he has declared himself president.',
    [
      'Mr. Weah spoke to English to Africa reporter Ruby Ofori by mobile phone from Monrovia.',
      'He denies news reports that he has declared himself president.',
    ],
  ],
  [
    'web addresses are not glued sentences',
    'During a recent Challenge.gov webinar he spoke. See www.Example.com today.',
    ['During a recent Challenge.gov webinar he spoke.', 'See www.Example.com today.'],
  ],
])('%s', (_, text, expected) => {
  expect(sentences(text)).toEqual(expected);
});

// Wikinews (CC BY 2.5), fresh text: a stop the editor supplies in brackets, and a capital outside A–Z.
test('a bracketed stop before a closing quote mark ends the sentence, and so does one before a capital such as "Ł"', () => {
  expect(sentences('Parmet said it would place "tremendous stigmatization on the people of Wuhan who are the victims[.]" She went on.')).toEqual([
    'Parmet said it would place "tremendous stigmatization on the people of Wuhan who are the victims[.]"',
    'She went on.',
  ]);
  expect(sentences("The tusk came from the wall in Fishmongers' Hall. Łukasz works there.")).toEqual([
    "The tusk came from the wall in Fishmongers' Hall.",
    'Łukasz works there.',
  ]);
});

// Wikinews (CC BY 2.5), development half and fresh text: "mass", "ill" and "wash" are words before a stop in lower case.
test('a lower-case word that is also a state’s or a title’s abbreviation ends its sentence; the capitalised one does not', () => {
  expect(sentences('The Coast Guard said their casualties were attending mass. The deceased seaman was identified as Jaypee Galicha.')).toEqual([
    'The Coast Guard said their casualties were attending mass.',
    'The deceased seaman was identified as Jaypee Galicha.',
  ]);
  expect(sentences('He fell ill. The doctor came.')).toEqual(['He fell ill.', 'The doctor came.']);
  expect(sentences('She moved to Boston, Mass. Later she left, etc. But not before Gen. Smith came.')).toEqual([
    'She moved to Boston, Mass. Later she left, etc. But not before Gen. Smith came.',
  ]);
});

// English Wikinews 2019, wikinews-hungarian-state-firm-acquires-hirtenberger-defence-2019-11-07 (development half).
test('a company’s abbreviation, a gloss in brackets and a lower-case word go on with the sentence; a bracketed sentence does not', () => {
  const hdt =
    'On Monday, Hungarian daily newspaper Magyar Nemzet revealed a deal whereby, on October 29, Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group.';
  expect(sentences(hdt)).toEqual([hdt]);
  expect(sentences('The hotel burned down. (Firefighters arrived late.) The owner left.')).toEqual([
    'The hotel burned down.',
    '(Firefighters arrived late.)',
    'The owner left.',
  ]);
});

// AMALGUM news (English Wikinews, CC BY 2.5) rebuilt from its sentence lines, fresh text in neither half of the corpus:
// AMALGUM_news_armed (2011-03-03), AMALGUM_news_aid (2010-03-04).
test('a straight mark the rebuilt text set off by spaces after a stop opens the next sentence, as a glued one would', () => {
  expect(
    sentences(
      'The statement released by the Council also announced Essam Sharaf as the new prime minister. " The Supreme Council of the Armed Forces decided to accept the resignation of Prime Minister Ahmed Shafiq," the armed forces said.',
    ),
  ).toEqual([
    'The statement released by the Council also announced Essam Sharaf as the new prime minister.',
    '" The Supreme Council of the Armed Forces decided to accept the resignation of Prime Minister Ahmed Shafiq," the armed forces said.',
  ]);
  // The same mark closing a quotation at the block's end starts nothing.
  const closing =
    'In response to the allegations, the charity Christian Aid issued a statement saying, "There are allegations in the story which are against all of Christian Aid\'s principles. "';
  expect(sentences(closing)).toEqual([closing]);
});

// wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10 (development half).
test('"p.m." before an opening quotation ends its sentence; before a lower-case word it does not', () => {
  expect(
    sentences('A spokesperson told the Military Times the attack took place at about 7:45 p.m. "No Coalition troops were injured," read the statement.'),
  ).toEqual(['A spokesperson told the Military Times the attack took place at about 7:45 p.m.', '"No Coalition troops were injured," read the statement.']);
  expect(sentences('The talks ended at 5 p.m. and both leaders left.')).toEqual(['The talks ended at 5 p.m. and both leaders left.']);
});
