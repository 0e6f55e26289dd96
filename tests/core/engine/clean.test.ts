import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import { cleanArticle } from '../../../src/core/engine/clean';

const HEADLINE = 'Fed holds rates steady as inflation cools';
const FIRST = 'The Federal Reserve left its benchmark interest rate unchanged on Wednesday, pausing after three cuts in a row.';
const LAST = '"We are well positioned to wait for greater clarity," Fed Chair Jerome Powell told reporters after the decision.';

/** A scrape with one stray line between two real paragraphs. */
const scrapeWith = (line: string) => [HEADLINE, '', FIRST, '', line, '', LAST].join('\n');

test.each([
  ['a download button', 'Download'],
  ['a trends widget', 'Search Trends'],
  ['a share button', 'Share'],
  ['an advertisement label', 'Advertisement'],
  ['a wire credit line', 'Reporting by Howard Schneider; Editing by Andrea Ricci'],
  ['an update stamp', 'Updated 3:45 p.m. ET Jan. 16, 2025'],
  ['a read-more link', 'Read more: Why mortgage rates are still so high'],
  ['a cookie notice', 'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.'],
  ['a newsletter prompt', 'Sign up for our daily business newsletter'],
  ['a reading-time label', '4 min read'],
])('drops %s from between the paragraphs', (_, line) => {
  const cleaned = cleanArticle(scrapeWith(line));
  expect(cleaned.headline).toBe(HEADLINE);
  expect(cleaned.paragraphs).toEqual([FIRST, LAST]);
  expect(cleaned.figures).toEqual([]);
  expect(cleaned.byline).toBeNull();
  expect(cleaned.sourceCredit).toBeNull();
});

test.each([
  'Share prices in Hong Kong fell 2% on Monday as technology stocks slid.',
  "Video footage showed protesters storming the mayor's office in Almaty.",
  'Home prices rose 4.5% in the year to December, the statistics office said.',
  'More than 3,000 residents were evacuated from villages near Marseille, officials said.',
])('keeps a real paragraph that starts with a word boilerplate uses: %s', (line) => {
  expect(cleanArticle(scrapeWith(line)).paragraphs).toEqual([FIRST, line, LAST]);
});

test.each([
  'Updated figures from the health ministry showed 1,200 new cases on Tuesday.',
  'Published in the journal Nature on Wednesday, the study tracked 215,000 glaciers.',
  'Related talks between the two sides are expected to resume in Geneva next month.',
  'Recommended doses were lowered for children under 12, the agency said.',
  'Copyright holders will be able to claim damages under the new law, the ministry said.',
])('keeps a real paragraph that only looks like boilerplate: %s', (line) => {
  expect(cleanArticle(scrapeWith(line)).paragraphs).toEqual([FIRST, line, LAST]);
});

const CAPTION =
  'Russian President Vladimir Putin (R) shakes hands with Kazakh President Kassym-Jomart Tokayev during their meeting at the Kremlin in Moscow, Russia, February 10, 2022.';

test('a caption the scrape repeats is kept once, as a photo with its slash credit', () => {
  const raw = [
    "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
    '',
    'Putin also praised the joint efforts of the CSTO aimed at ending the unrest in Kazakhstan.',
    '',
    `${CAPTION} /Reuters`,
    '',
    `${CAPTION} /Reuters`,
    '',
    '"Russia will continue to assist Kazakhstan in training military specialists," Putin added.',
  ].join('\n');
  const cleaned = cleanArticle(raw);
  expect(cleaned.figures).toEqual([{ kind: 'photo', caption: CAPTION, credit: 'Reuters', afterParagraph: 0 }]);
  expect(cleaned.paragraphs).toHaveLength(2);
  expect(cleaned.paragraphs.join('\n')).not.toContain('shakes hands');
});

test('a "(Photo: AFP)" ending makes the line a photo credited to AFP, placed after the paragraph it follows', () => {
  const caption = 'A firefighter sprays water on a burning hillside near Marseille, France, July 12, 2025.';
  const raw = [
    'Wildfire forces thousands to flee in southern France',
    '',
    'Firefighters battled the blaze through the night near Marseille.',
    '',
    `${caption} (Photo: AFP)`,
    '',
    'More than 3,000 residents were evacuated, officials said.',
  ].join('\n');
  const cleaned = cleanArticle(raw);
  expect(cleaned.figures).toEqual([{ kind: 'photo', caption, credit: 'AFP', afterParagraph: 0 }]);
  expect(cleaned.paragraphs).toEqual([
    'Firefighters battled the blaze through the night near Marseille.',
    'More than 3,000 residents were evacuated, officials said.',
  ]);
});

test('a paragraph ending in a quote is not mistaken for a credited caption', () => {
  const line = 'Tokayev in turn thanked Putin and the CSTO for repelling an "unprecedented terrorist attack" in Kazakhstan.';
  const cleaned = cleanArticle(['Putin hosts Tokayev in Moscow', '', 'Putin met Tokayev on Thursday.', '', line].join('\n'));
  expect(cleaned.figures).toEqual([]);
  expect(cleaned.paragraphs).toContain(line);
});

test('a "(Cover: … /Reuters)" line becomes the cover figure with its credit', () => {
  const cover =
    'Russian President Vladimir Putin (R) and Kazakh President Kassym-Jomart Tokayev attend a joint news conference at the Kremlin in Moscow, Russia, February 10, 2022.';
  const raw = [
    'Putin hosts Tokayev in Moscow',
    '',
    'Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday.',
    '',
    `(Cover: ${cover} /Reuters)`,
  ].join('\n');
  const cleaned = cleanArticle(raw);
  expect(cleaned.figures).toEqual([{ kind: 'cover', caption: cover, credit: 'Reuters', afterParagraph: 0 }]);
  expect(cleaned.paragraphs).toEqual(['Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday.']);
});

test('"(With input from Xinhua)" becomes the source credit, not a paragraph', () => {
  const raw = ['Putin hosts Tokayev in Moscow', '', 'Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday.', '', '(With input from Xinhua)'].join(
    '\n',
  );
  const cleaned = cleanArticle(raw);
  expect(cleaned.sourceCredit).toBe('With input from Xinhua');
  expect(cleaned.paragraphs).toEqual(['Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday.']);
});

test.each([
  ['a "By" line', 'By Jane Doe'],
  ['a publisher line', 'CGTN'],
  // usgov-army-air-defense-network-centric-2013-09-04
  ['a "By" line with the writer\'s unit and the date', 'By Keith Anders, ARCIC Requirements Integration Directorate, September 4, 2013'],
])('%s under the headline is the byline, not the first paragraph', (_, byline) => {
  const raw = [
    "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
    byline,
    '',
    'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression."',
  ].join('\n');
  const cleaned = cleanArticle(raw);
  expect(cleaned.headline).toBe("Putin calls Kazakhstan's January unrest 'act of terrorist aggression'");
  expect(cleaned.byline).toBe(byline);
  expect(cleaned.paragraphs).toEqual(['Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression."']);
});

test('a headline opening "By" and a word that starts no name is the headline, not a byline (NASA_RAG nasa_article_138)', () => {
  const raw = [
    'By Their Powers Combined ',
    ' MDSCC/INTA, Francisco “Paco” Moreno',
    '',
    'This April 20, 2024, image shows a first: all six radio frequency antennas at the Madrid Deep Space Communication Complex, part of NASA’s Deep Space Network (DSN), carried out a test to receive data from the agency’s Voyager 1 spacecraft at the same time.',
  ].join('\n');
  const cleaned = cleanArticle(raw);
  expect(cleaned.headline).toBe('By Their Powers Combined');
  expect(cleaned.byline).toBeNull();
});

test.each([
  ['a "By Jane Doe" byline is an author, so the article names no publisher', 'By Jane Doe', null],
  ['a "CGTN" line under the headline is the publisher', 'CGTN', 'CGTN'],
])('%s', (_, byline, publisher) => {
  const article = analyzeArticle(
    ['Putin hosts Tokayev in Moscow', byline, '', 'Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday.'].join('\n'),
  );
  expect(article.byline?.text).toBe(byline);
  expect(article.publisher).toBe(publisher);
});

test.each(['Business', 'Asia Pacific'])('the section label "%s" before the headline is skipped', (label) => {
  const raw = [
    label,
    'Chipmaker shares slide after weak forecast',
    '',
    'Arcturus Semiconductor shares fell 9% on Tuesday after the company cut its outlook.',
    '',
    'Investors had expected a stronger second half.',
  ].join('\n');
  const cleaned = cleanArticle(raw);
  expect(cleaned.headline).toBe('Chipmaker shares slide after weak forecast');
  expect(cleaned.paragraphs).toEqual([
    'Arcturus Semiconductor shares fell 9% on Tuesday after the company cut its outlook.',
    'Investors had expected a stronger second half.',
  ]);
  expect(cleaned.byline).toBeNull();
});

test('the bundled CGTN scrape is sorted into headline, publisher, eight paragraphs, two figures and a source credit', () => {
  const cleaned = cleanArticle(readFileSync('articles/cgtn-putin-tokayev-2022-02-10.txt', 'utf8'));
  expect(cleaned.headline).toBe("Putin calls Kazakhstan's January unrest 'act of terrorist aggression'");
  expect(cleaned.byline).toBe('CGTN');
  expect(cleaned.paragraphs).toHaveLength(8);
  expect(cleaned.figures.map((f) => [f.kind, f.credit, f.afterParagraph])).toEqual([
    ['photo', 'Reuters', 3],
    ['cover', 'Reuters', 7],
  ]);
  expect(cleaned.sourceCredit).toBe('With input from Xinhua');
  expect(cleaned.paragraphs.some((p) => /^(Download|Search Trends)$/.test(p))).toBe(false);
});

test('Windows line endings and stray control characters do not leak into the text', () => {
  const cleaned = cleanArticle('Fed holds rates steady\r\n\r\nThe Federal Reserve left rates\u0007 unchanged on Wednesday.\r\n');
  expect(cleaned.headline).toBe('Fed holds rates steady');
  expect(cleaned.paragraphs).toEqual(['The Federal Reserve left rates unchanged on Wednesday.']);
});

test('a line of media contacts parted by slashes is no caption with a credit ("Steven Siceloff / Danielle Sempsrott / …")', () => {
  // A NASA launch advisory of 2024 (public domain), outside the corpus.
  const contacts = 'Steven Siceloff / Danielle Sempsrott / Stephanie Plucinsky';
  const raw = ['NASA Sets Coverage for Launch', '', 'The launch is set for 10 a.m. EDT on Monday.', '', contacts, '', 'Kennedy Space Center, Florida'].join(
    '\n',
  );
  const cleaned = cleanArticle(raw);
  expect(cleaned.figures).toEqual([]);
  expect(cleaned.paragraphs).toContain(contacts);
});

// Global Voices, "Armenia: Fears After Nationalist Firebombing of Gay-Friendly Bar" (2012, development half): a blog post
// quoted in three parts, "[...]" between them each time.
test('an elision line between the parts of a block quotation is kept each time it recurs, not dropped as a repeat', () => {
  const raw = [
    'Armenia: Fears After Nationalist Firebombing of Gay-Friendly Bar',
    'Unzipped: Gay Armenia was shocked:',
    'Basically, Armenian MP of ARF Dashnaktsutyun party Artsvik Minasyan supports and encourages terrorism in Armenia.',
    '[...]',
    "If ARF Dashnaktsutyun won't make clear statements distancing itself from its own MP, then truly this is a death of ARF Dashnaktsutyun as a political party.",
    '[...]',
    'If ARF-affiliated groups and party members worldwide care about the reputation of their party, they should speak up against homophobia.',
  ].join('\n\n');
  expect(cleanArticle(raw).paragraphs.filter((p) => p === '[...]')).toHaveLength(2);
});

// NASA pages of 2024 (public domain), outside the corpus: a picture's credit on a line of its own, under its caption or
// under the headline for the top picture.
test.each(['Image Credit: NASA/Joel Kowsky', 'Credit: NASA', 'Photo credit: NASA/Ben Smegelsky', 'Video credit: NASA', 'Credits: NASA’s Ames Research Center'])(
  'the credit line "%s" is a figure of its own, not a body paragraph',
  (line) => {
    const cleaned = cleanArticle(scrapeWith(line));
    expect(cleaned.paragraphs).toEqual([FIRST, LAST]);
    expect(cleaned.figures).toEqual([{ kind: 'photo', caption: line, credit: null, afterParagraph: 0 }]);
  },
);

test('a credit line right under the headline credits the top picture, before the first paragraph', () => {
  // nasa/0: "NASA Leaders to Host Agency Town Hall on Artificial Intelligence".
  const first = 'NASA Administrator Bill Nelson and Deputy Administrator Pam Melroy are hosting an employee town hall at 1 p.m. EDT Wednesday, May 22.';
  const cleaned = cleanArticle(['NASA Leaders to Host Agency Town Hall on Artificial Intelligence', '', 'Credit: NASA', '', first].join('\n'));
  expect(cleaned.figures).toEqual([{ kind: 'photo', caption: 'Credit: NASA', credit: null, afterParagraph: -1 }]);
  expect(cleaned.paragraphs).toEqual([first]);
});

test.each([
  // A newsletter's masthead (nasa/283), not a picture's credit.
  'Credits: Editor, Layout & Design by Ted Triano',
  // A label with nothing after it (nasa/58).
  'Image credit:',
  // A credit that runs on into a long list of the page's makers (nasa/797) is not clearly one picture's.
  'Credit: NASA’s Goddard Space Flight Center/Scientific Visualization Studio James Tralie (ADNET Systems, Inc.). Lead Producer Xiaoli Sun (NASA/GSFC): Scientist',
])('"%s" stays a paragraph', (line) => {
  const cleaned = cleanArticle(scrapeWith(line));
  expect(cleaned.paragraphs).toContain(line);
  expect(cleaned.figures).toEqual([]);
});

// English Wikinews (CC BY 2.5), outside the corpus: a caption, then "Image:" and who made the picture, often with a full
// stop after it, after a caption as short as a name, or in parentheses.
test.each([
  ['A banner for the event. Image: Paul Budd.', 'A banner for the event.', 'Paul Budd'],
  [
    'The collapse of the spire, around 19:45 CEST Image: Remi Mathis (photos), Incnis Mrsi (montage).',
    'The collapse of the spire, around 19:45 CEST',
    'Remi Mathis (photos), Incnis Mrsi (montage)',
  ],
  ['Susan Rice Image: White House.', 'Susan Rice', 'White House'],
  ['Jorgensen in July 2020.Image: Jo Jorgensen for President.', 'Jorgensen in July 2020.', 'Jo Jorgensen for President'],
  ['Sirhan in 1969 (Image: CDCR)', 'Sirhan in 1969', 'CDCR'],
  ['Participants waiting for the start of the test. Image: Дмитрий Кошелев.', 'Participants waiting for the start of the test.', 'Дмитрий Кошелев'],
  // Glued to the caption's last word by the scrape (wikinews-glasgow-cannabis-enthusiasts-celebrate-green-2014-04-22,
  // wikinews-expected-senate-special-election-massachusetts-2012-12-29, development half).
  ['A small stand offered hydroponic suppliesImage: Iain Macdonald.', 'A small stand offered hydroponic supplies', 'Iain Macdonald'],
  ['Republican Senator Scott BrownImage: United States Congress.', 'Republican Senator Scott Brown', 'United States Congress'],
])('"%s" is a caption with its credit, not a body paragraph', (line, caption, credit) => {
  const cleaned = cleanArticle(scrapeWith(line));
  expect(cleaned.paragraphs).toEqual([FIRST, LAST]);
  expect(cleaned.figures).toEqual([{ kind: 'photo', caption, credit, afterParagraph: 0 }]);
});

test('a capital right before "Image:" is no glued credit: "TIFFImage: formats …" stays a paragraph', () => {
  const line = 'The files were saved as JPEG and TIFFImage: formats chosen for their wide support.';
  expect(cleanArticle(scrapeWith(line)).paragraphs).toContain(line);
});

test('a NASA feature\'s "Image: <title>" heading, with nothing before the label, stays a paragraph', () => {
  const line = 'Image: Sample Shapes of Distant Galaxies';
  expect(cleanArticle(scrapeWith(line)).paragraphs).toContain(line);
});

// NASA pages of 2024 (public domain), outside the corpus: the writer's name alone on a line under the text.
test.each(['By Ashley Balzer', 'Written by Sally Younger', 'By Elizabeth M. Jarrell', 'By Mara Johnson-Groh'])(
  'the writer line "%s" under the text is the byline, not a body paragraph',
  (line) => {
    const cleaned = cleanArticle([HEADLINE, '', FIRST, '', LAST, '', line].join('\n'));
    expect(cleaned.byline).toBe(line);
    expect(cleaned.paragraphs).toEqual([FIRST, LAST]);
  },
);

test('a writer named in a "Written by" line is no publisher', () => {
  const article = analyzeArticle([HEADLINE, '', FIRST, '', LAST, '', 'Written by Sally Younger'].join('\n'));
  expect(article.byline?.text).toBe('Written by Sally Younger');
  expect(article.publisher).toBeNull();
});

test('a digest of stories, each under its own writer, keeps each writer line with its story', () => {
  // nasa/827, a "Marshall Star" issue: several stories, each with a "By …" line (the first story's sentence shortened).
  const raw = [
    'The Marshall Star for February 7, 2024',
    '',
    'NASA to Demonstrate Autonomous Navigation System on Moon',
    '',
    'By Rick Smith',
    '',
    'When the second CLPS (Commercial Lunar Payload Services) delivery is launched to the Moon in mid-February, its NASA payloads will include an experiment.',
    '',
    'Marshall Wraps Up Mentoring Month with Mega Meal, Mentoring Panel',
    '',
    'By Jessica Barnett',
    '',
    'There was no shortage of opportunities in January to learn about the benefits of mentoring from those who have experienced them firsthand.',
  ].join('\n');
  const cleaned = cleanArticle(raw);
  expect(cleaned.byline).toBeNull();
  expect(cleaned.paragraphs).toEqual(expect.arrayContaining(['By Rick Smith', 'By Jessica Barnett']));
});

test.each([
  // Sentences that open with "By" (fresh pages: digital.gov 2019, NASA; cut short after their first clause).
  'By January 2019, seven TOP Health teams had delivered digital tools.',
  'By the time NASA astronaut Leroy Chiao made his first visit to the space station, he had already flown two missions.',
  'By October 1968, thorough ground testing of the Apollo spacecraft enabled the first crewed mission since the fire.',
])('"%s" stays a paragraph', (line) => {
  const cleaned = cleanArticle([HEADLINE, '', FIRST, '', line, '', LAST].join('\n'));
  expect(cleaned.byline).toBeNull();
  expect(cleaned.paragraphs).toContain(line);
});

// A speaker's label or labelled turn recurs by nature: a Wikinews interview (development half) where Sara Seager answers
// two questions "No.", a tweet Global Voices printed twice (development half), a fresh digital.gov page whose four fellows
// each answer under their name again at every question.
test.each([
  ['((Sara Seager)) No.'],
  ["@moronwatch: @gnixon88 @Original_Cindy I'm not - just returned from Malawi where a book on the evil of homosexuality was on sale"],
  ['Isabel:'],
  ['Meenu and Anastasia:'],
])('a turn or label "%s" is kept each time it recurs', (line) => {
  const raw = ['Interview with four fellows', FIRST, line, 'Did you look at other gases?', line, LAST].join('\n\n');
  expect(cleanArticle(raw).paragraphs.filter((p) => p === line)).toHaveLength(2);
});

// Global Voices, "Zambia: Tensions Continue Over Severe Fuel Shortages" (2012, development half): a Facebook user posts
// the words the article quoted earlier from the Zambian Watchdog, and the article quotes them again under his name.
test('words quoted again after a new colon cue are kept each time, with the repeats that follow them', () => {
  const first = 'The crude oil importation deals entered by the PF government are finally being felt in various parts of the country through fuel shortages.';
  const second =
    'In Kabwe, motorists have been queueing for Petrol and Diesel for four days now whilst brothers and sisters in Malawian are enjoying the abundant fuel ‘donated’ by the generous neighbouring PF government in Zambia.';
  const raw = [
    'Zambia: Tensions Continue Over Severe Fuel Shortages',
    'The Zambian Watchdog reports:',
    first,
    second,
    'Kanyanja writes on his Facebook wall:',
    first,
    second,
    'Gift Mbewe reminds Zambians that this is not the first time Zambia experiences fuel shortages:',
  ].join('\n\n');
  const { paragraphs } = cleanArticle(raw);
  expect(paragraphs.filter((p) => p === first)).toHaveLength(2);
  expect(paragraphs.filter((p) => p === second)).toHaveLength(2);
});

// gv-mauritania-debate-al-qaeda-execution-2012-05-22 (development half): "He added:" before each of two activists' second tweets.
test('a writer\'s hand-back "He added:" is kept each time it recurs, and sets off the tweet after it', () => {
  const raw = [
    'Mauritania: Al Qaeda Execution Stirs Debate',
    'Activist Mohamed Abdo commented:',
    '@medabdou The Mauritanian intelligence are playing with junior agents.',
    'He added:',
    '@medabdou Intelligence heads are those generals with big bellies who are only good at embezzling.',
    'In his turn activist Ahmed Ould Abdallah tweeted a great deal about this case, and wrote:',
    '@ahmedbah Al Qaeda killed our sons, and our generals are spending their nights playing.',
    'He added:',
    '@ahmedbah That poor agent, a citizen who was killed on the border after being interrogated facing the barrel of a gun.',
  ].join('\n\n');
  expect(cleanArticle(raw).paragraphs.filter((p) => p === 'He added:')).toHaveLength(2);
  const article = analyzeArticle(raw, { publishedOn: '2012-05-22' });
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.includes('That poor agent'));
  expect(article.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Ahmed Ould Abdallah');
});

test('a repeated sentence that is no label is still kept once', () => {
  const line = 'Smith, a Media Fusion employee and the Marshall Star editor, supports the Marshall Office of Communications.';
  const raw = ['Marshall Star', FIRST, line, 'Did you look at other gases?', line, LAST].join('\n\n');
  expect(cleanArticle(raw).paragraphs.filter((p) => p === line)).toHaveLength(1);
});

test('a date alone under the headline is the dateline, not the first paragraph (wikinews-actor-doris-day-dies-at-97-2019-05-16)', () => {
  const cleaned = cleanArticle(['Actor Doris Day dies at 97', 'Thursday, May 16, 2019', FIRST].join('\n\n'));
  expect(cleaned.dateline).toBe('Thursday, May 16, 2019');
  expect(cleaned.paragraphs).toEqual([FIRST]);
});

test('a first line with a place before its date stays a paragraph', () => {
  const cleaned = cleanArticle([HEADLINE, 'Washington, May 16, 2019', FIRST].join('\n\n'));
  expect(cleaned.dateline).toBeNull();
  expect(cleaned.paragraphs).toEqual(['Washington, May 16, 2019', FIRST]);
});
