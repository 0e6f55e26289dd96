import { analyze, attribution } from './helpers';

// bloggerNoun.ts: "the blogger" names anew the blog the text set off as one, where it calls no one a blogger.

// gv-hungary-oligarch-buzzword-2012-05-09 (development half), the paragraphs as the article writes them.
const HUNGARY = [
  "Véleményvezér blog reported that the PM's first reply to the question was to change the meaning of the word 'oligarch' to something meaning a capitalist or a tycoon. Véleményvezér wrote [hu]:",
  "[...] In reality, an 'oligarch' means a wealthy person who is able to systematically distract the state's politics from serving the public interest to serving his private interests.",
  'Mr. Orbán tried to avoid giving a real answer to Mr. Karácsony. The blogger wrote:',
  "Although the debate ended there in the Parliament, it's hardly possible that the question of the oligarchs would fade away.",
];

test('"The blogger wrote:" after a blog set off by its noun ("Véleményvezér blog reported") is that blog', () => {
  const article = analyze('Hungary: Oligarch, the buzzword', ...HUNGARY);
  expect(attribution(article, 'Although the debate ended').speaker).toBe('Véleményvezér');
});

test('"The blogger wrote:" where no name is set off as a blog stays unattributed', () => {
  const article = analyze(
    'Hungary: Oligarch, the buzzword',
    "Véleményvezér reported that the PM's first reply to the question was to change the meaning of the word 'oligarch'.",
    'Mr. Orbán tried to avoid giving a real answer to Mr. Karácsony. The blogger wrote:',
    "Although the debate ended there in the Parliament, it's hardly possible that the question of the oligarchs would fade away.",
  );
  expect(attribution(article, 'Although the debate ended').speaker).not.toBe('Véleményvezér');
});

test('"A blogger wrote:" brings in someone new, not the blog named before', () => {
  const article = analyze('Hungary: Oligarch, the buzzword', HUNGARY[0] ?? '', HUNGARY[1] ?? '', 'A blogger wrote:', HUNGARY[3] ?? '');
  expect(attribution(article, 'Although the debate ended').speaker).not.toBe('Véleményvezér');
});

// gv-armenia-mashtots-park-kiosks-removed-2012-05-02 (development half): the blog quoted earlier is not the blogger a
// later sentence brings in after another source's quote.
test('"…," the blogger commented, after someone else\'s quote, is not the blog quoted before it', () => {
  const article = analyze(
    'Armenia: Mashtots Park kiosks removed',
    'The Armenian Observer blog comments.',
    '[...] the activists forced the country’s top official to carry out their demand and this is a remarkable achievement of civil activism in Armenia.',
    "Writing on his organization's blog when the movement started in February, Kirk Wallace, Armenia Office Program Director at the Armenian Environmental Network, has also seen a change.",
    'Mashtots Park is already a victory for justice and the rule of law.',
    'While welcoming the development, however, some such as Unzipped noted the timing of the move, coming as it did just days before Armenia\'s crucial parliamentary election. "Ha! Reports: #Armenia president visited the site, hijacked #OccupyMashtotsPark & ordered dismantlement of kiosks.How sweet #armelection #PR," the blogger commented on Twitter.',
  );
  expect(attribution(article, 'Ha! Reports').speaker).not.toBe('Armenian Observer');
});
