import { isCreditedName } from '../../../../src/core/engine/entities/credits';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const people = (texts: ReadonlyArray<string>) =>
  findEntities(texts)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

/** Whether the first occurrence of `name` in `text` is read as a picture's credit. */
const credited = (text: string, name: string) => isCreditedName(text, text.indexOf(name), text.indexOf(name) + name.length);

const HUBBLE_CREDIT =
  'Credit: Illustration: NASA, ESA, A. Fields (STScI), and J. DePasquale (STScI). Science: NASA, ESA, and S. Rodney (JHU) and the FrontierSN team; T. Treu (UCLA), P. Kelly (UC Berkeley), and the GLASS team; J. Lotz (STScI) and the Frontier Fields team; M. Postman (STScI) and the CLASH team; and Z. Levay (STScI)';

test.each([
  ['Crew-8 lifts off from Launch Complex 39A. NASA/Kim Shiflett', 'Kim Shiflett'],
  ['The agreement was signed at NASA Headquarters. Photo Credit: (NASA/Bill Ingalls)', 'Bill Ingalls'],
  ['Sea ice reached its annual maximum on March 14. Chart by Lauren Dauphin/NASA Earth Observatory, using data from the NSIDC.', 'Lauren Dauphin'],
  ['Demonstrators occupying Beyoglu, May 11, 2012. Photo courtesy of Elif Ilgaz (@elifilgaz)', 'Elif Ilgaz'],
  ['Commemoration of the judgment of the Supreme Court. Photo of Emily Silberstein (CC BY 2.0).', 'Emily Silberstein'],
  ['Formica fusca, from file. Image: Mathias Krumbholz.', 'Mathias Krumbholz'],
  ['Medals are displayed before a ceremony. (Official White House Photo by Cameron Smith)', 'Cameron Smith'],
  ['The solar dish in the desert. Credit: Cliff Ho/U.S. Department of Energy', 'Cliff Ho'],
  [
    'This visualization shows the ROLSES instrument. Credit: NASA’s Goddard Space Flight Center/Scientific Visualization Studio James Tralie (ADNET Systems, Inc.): Lead Producer',
    'James Tralie',
  ],
  ['Carlos Fuentes, 2008. Image from Flickr user Casa de América (CC BY-NC-ND 2.0)', 'Casa de América'],
  ['Swiss Francs by Flickr user Jim (CC BY-NC-SA 2.0).', 'Jim'],
  ['Desi (left) and Raquel collecting signatures for ILP. Photo taken by Lali Sandiumenge.', 'Lali Sandiumenge'],
  ['Anti-nuclear energy protest in Taipei, March 11, 2012. Photo contributed to this post by James Yang under CC: BY-NC-SA', 'James Yang'],
  // Global Voices, Palestine, Yemen, Serbia and Mexico, May 2012.
  ['Learning from the Palestinian hunger strikers: dignity first. Cartoon by Carlos Latuff.', 'Carlos Latuff'],
  ['Cartoon about harassment by Mohammed Al Ridaei. Image from the Safe Streets campaign Facebook page.', 'Mohammed Al Ridaei'],
  ['A campaign flyer during the pre-electoral silence period. Image from user Zoltan Dognar on Twitter', 'Zoltan Dognar'],
  ['Image of the construction of the Supervía, María Teresa Adalid (CC BY-NC-ND 2.0)', 'María Teresa Adalid'],
  // gv-europe-crisis-anti-immigration-politics, gv-africa-science-blogging-sub-saharan (Global Voices, 2012): the photo
  // site between the name and the licence, and a licence spelled out.
  ['African refugees by Vito Manzari on Flickr (CC BY 2.0)', 'Vito Manzari'],
  ['University of Cheik Anta Diop in Dakar Senegal by Myriam Louviot (CC-License-BY).', 'Myriam Louviot'],
  // nasa_article_833 (fresh NASA_RAG text, "Supernova Refsdal" image credits): affiliations, teams and the credit's parts.
  [HUBBLE_CREDIT, 'S. Rodney'],
  [HUBBLE_CREDIT, 'P. Kelly'],
  [HUBBLE_CREDIT, 'Z. Levay'],
  // usgov-nasa-webb-early-galaxies-pool-noodles-surfboards-2024-01-18: a Webb caption's credit without "Credit:".
  [
    'These galaxies would have existed when the universe was only 600 million to 6 billion years old. NASA, ESA, CSA, Steve Finkelstein (UT Austin), Micaela Bagley (UT Austin), Rebecca Larson (UC Davis)',
    'Micaela Bagley',
  ],
])('a photo or chart credit names no one the article is about: %s', (text, name) => {
  expect(credited(text, name)).toBe(true);
  expect(people(['A headline', text])).not.toContain(name);
});

test.each([
  ['Text Credit: Sondra D. Woodward', 'Sondra D. Woodward'],
  ['Credit: NASA. Project scientist Jane Holt said the view was new.', 'Jane Holt'],
  ['Credit: NASA (JPL). Science: team lead Jane Holt said the view was new.', 'Jane Holt'],
  ['The mission was run by NASA, ESA and JAXA. Steve Finkelstein (UT Austin) led the survey.', 'Steve Finkelstein'],
  ['Economist and activist/blogger Oleg Kozyrev wrote on his blog.', 'Oleg Kozyrev'],
  ['A photo of Barack Obama hung in the hall.', 'Barack Obama'],
  ['The ministry said a video posted by Ahmed Maher showed the clashes.', 'Ahmed Maher'],
  ['Protesters carried a cartoon by Carlos Latuff through the square.', 'Carlos Latuff'],
  ['Images of the march spread fast, and Ahmed Maher (@AhmedMaher) shared them.', 'Ahmed Maher'],
  // gv-greece-tedxthessaloniki (Global Voices, 2012): a photo site with no licence after it says nothing.
  ['Photos were also posted by Tom Tziros and Asteris Masouras on Flickr.', 'Asteris Masouras'],
  ['NASA/Danny Nowlin Next Gen STEM Project Manager Dr. Carrie Olsen welcomes students', 'Danny Nowlin Next Gen STEM Project Manager Dr. Carrie Olsen'],
])('a writer, a role written with a slash or a person a photo shows is no credit: %s', (text, name) => {
  expect(credited(text, name)).toBe(false);
});

test('a photographer who also speaks in the article stays a person, without the credit as a mention', () => {
  const texts = ['A headline', 'The launch pad at dawn. NASA/Kim Shiflett', '"It was a long night," said Kim Shiflett, who took the picture.'];
  const shiflett = findEntities(texts).entities.find((e) => e.name === 'Kim Shiflett');
  expect(shiflett?.mentions.map((m) => m.block)).toEqual([2]);
});

// "On the campaign trail in the USA, June 2020", English Wikinews, 2020-07-25 (CC BY 2.5): a caption names the
// person pictured, then "Image:" opens the credit.
test('a caption’s name is the person the text named, without the "Image" that opens the credit after it', () => {
  const texts = ['Former National Security Advisor Susan Rice said she was honored.', 'Susan Rice Image: White House.'];
  const rice = findEntities(texts).entities.find((e) => e.name === 'Susan Rice');
  expect(rice?.mentions.map((m) => texts[m.block]?.slice(m.start, m.end))).toEqual(['Former National Security Advisor Susan Rice', 'Susan Rice']);
  expect(people(texts)).toEqual(['Susan Rice']);
});

test("a Flickr user credited under a caption is no one a later 'she' can stand for", () => {
  const texts = ['A headline', 'Carlos Fuentes, 2008. Image from Flickr user Casa de América (CC BY-NC-ND 2.0)'];
  expect(findEntities(texts).entities.map((e) => e.name)).not.toContain('Casa de América');
});

test('a name in a block that is a credit line is no person ("(Image: Patrick Gillett)" set apart from its caption)', () => {
  // "University defeat Maroochydore" (English Wikinews, development half): the cleaner sets the credit apart.
  const texts = ['University defeat Maroochydore', 'Maroochydore played much of the first half in their attacking half.', 'Patrick Gillett'];
  expect(findEntities(texts, 0, new Set([2])).entities.filter((e) => e.type === 'person')).toEqual([]);
  expect(findEntities(['A headline', 'Patrick Gillett said the side played well.'], 0, new Set()).entities.map((e) => e.name)).toContain('Patrick Gillett');
});

// wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03 (development half), as scraped: the caption's
// year and the credit's "Image:" run together, and the photographer is still credited, no one in the story.
test('"Chris Christie in 2015Image: Michael Vadon." credits Michael Vadon', () => {
  const caption = 'Chris Christie in 2015Image: Michael Vadon.';
  expect(credited(caption, 'Michael Vadon')).toBe(true);
  expect(credited(caption, 'Chris Christie')).toBe(false);
  expect(people([caption, 'New Jersey Governor Chris Christie was photographed on the beach.'])).not.toContain('Michael Vadon');
});

// wikinews-shorts-dow-athens-senate-colombia-2007-04-26 and wikinews-shorts-badminton-nagasaki-lester-2009-08-09
// (development half): a Wikinews Shorts page's source lists, the guide's "Source lists of a Wikinews Shorts page".
test.each([
  ['Ellis Mnyandu. "Dow closes over 13,000" —Reuters, April 25, 2007', 'Ellis Mnyandu', 'Ellis Mnyandu'],
  ['Richard Cowan. "Congress challenges Bush to veto pullout" —Reuters, April 26, 2007', 'Richard Cowan', 'Richard Cowan'],
  ['Swaine, Jon. "England badminton team quits world championships over terrorism threat" —The Telegraph, August 9, 2009', 'Swaine, Jon', 'Jon Swaine'],
])('the author of an item of a source list is a credit, no one the story names: %s', (text, written, person) => {
  expect(credited(text, written)).toBe(true);
  expect(people(['A headline', text])).not.toContain(person);
});

test('a paragraph that quotes after a full stop and a dash is no source list', () => {
  const text = 'Mark Lester spoke to the paper. "I am the father" — he said it twice, on August 9, 2009';
  expect(credited(text, 'Mark Lester')).toBe(false);
});

// wikinews-dublin-pride-2018-attracts-tens-of-thousands-2018-07-03 and
// wikinews-military-advisers-libya-photojournalists-killed-misrata-2011-04-20 (development half).
test.each([
  ["Image: Dr Rebecca O'Neill. (CC BY-SA 4.0)", "Rebecca O'Neill"],
  ['Libyan rebels on the outskirts of Brega on March 10, 2011. Image: VOA - Phil Ittner.', 'Phil Ittner'],
])('a photographer credited with a title or an agency before the name is a credit: %s', (text, name) => {
  expect(credited(text, name)).toBe(true);
});

test('a doctor named after a colon in a sentence is no credit', () => {
  expect(credited('Two people spoke: Dr Rebecca Smith and her colleague.', 'Rebecca Smith')).toBe(false);
});

// wikinews-glasgow-cannabis-enthusiasts-celebrate-green-2014-04-22 (development half), as scraped: the caption's last
// word and the credit's "Image:" run together; the photographers are no one in the story.
test.each([
  ["Good weather, albeit tempered with a cool breeze, saw higher numbers than the prior year's eventImage: Brian McNeil.", 'Brian McNeil'],
  ["A section of the crowd, with the People's Palace in the backgroundImage: Iain Macdonald.", 'Iain Macdonald'],
])("a credit glued to the caption's last word is a credit: %s", (caption, name) => {
  expect(credited(caption, name)).toBe(true);
  expect(people([caption])).not.toContain(name);
});

// Near miss: a picture's word glued to a word but with no colon opens no credit.
test('a glued picture word with no colon credits no one', () => {
  expect(credited("The event's ShowImages Brian McNeil took were praised.", 'Brian McNeil')).toBe(false);
});

// wikinews-shorts-gaza-school-ceasefire-gas-crisis-2009-01-07 (development half): a source list's outlet written as its
// web address.
test('the author of a source item whose outlet is a web address is a credit', () => {
  const item = 'Mark Tran. "Israeli shelling kills dozens at UN school in Gaza" —guardian.co.uk, January 6, 2009';
  expect(credited(item, 'Mark Tran')).toBe(true);
  expect(people([item])).not.toContain('Mark Tran');
  // Near miss: a paragraph's sentence that quotes and names a web address but closes with no date.
  expect(credited('Mark Tran said "it was a shock" —guardian.co.uk carried it first.', 'Mark Tran')).toBe(false);
});

// wikinews-interviews-tony-benn-uk-politics-2007-08-12 (development half), as scraped: the caption's name and the
// credit's "Credit:" run together.
test('"Tony BennCredit: Josh Benn" credits Josh Benn, and "Mr Benn" is Tony Benn', () => {
  const caption = 'Tony BennCredit: Josh Benn';
  expect(credited(caption, 'Josh Benn')).toBe(true);
  const texts = [
    'Wikinews interviews: Tony Benn on U.K. politics',
    caption,
    'Tony Benn, at 82 is a still an active political campaigner.',
    'Following a number of attempts to contact Mr Benn via email, Wikinews secured an interview.',
  ];
  const index = findEntities(texts, 0);
  expect(index.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tony Benn']);
  expect(index.entities.find((e) => e.name === 'Tony Benn')?.mentions.map((m) => m.block)).toContain(3);
  // Near miss: a credit's word glued to a capital ("NASACredit") opens no credit.
  expect(credited('NASACredit: Josh Benn', 'Josh Benn')).toBe(false);
});

// gv-brazil-digital-crimes-bill-2009-06-11 (development half): Global Voices credits a drawing with "Art:" under it.
test('"Art: Luciano Matsuzaki and Mariana Lettis" credits both artists', () => {
  const line = 'Art: Luciano Matsuzaki and Mariana Lettis';
  expect(credited(line, 'Luciano Matsuzaki')).toBe(true);
  expect(credited(line, 'Mariana Lettis')).toBe(true);
  expect(people(['A headline', line])).toEqual([]);
  // Near miss: "Art:" heading a sentence credits no one.
  expect(credited('Art: Mariana Lettis painted the mural in a week.', 'Mariana Lettis')).toBe(false);
});

// gv-mexico-cadereyta-massacre-condemned-2012-05-14 (development half): the illustrator's handle glosses the credit.
test('the handle after a credited illustrator is part of the credit, no second mention', () => {
  const line = '"Stop the Violence". Illustration by Gerardo Obieta, @G_Obieta, under Creative Commons Licence 2.0 Generic (CC BY 2.0)';
  expect(people(['A headline', line])).not.toContain('Gerardo Obieta');
  // Near miss: the same person speaking elsewhere in the text stays a person.
  expect(people(['A headline', line, '"We draw what we see," said Gerardo Obieta.'])).toContain('Gerardo Obieta');
});

// wikinews-shorts-mumbai-edna-parker-congo-swayze-2008-11-28 (development half): a team of reporters credited for one item.
test('every author of a source item written by a team of reporters is a credit', () => {
  const item =
    'Randeep Ramesh, Vikram Dodd and Daniel Pepper, Owen Bowcott and Angela Balakrishnan. "Hostages dead at Mumbai Jewish centre, reports say" —guardian.co.uk, November 28, 2008';
  for (const name of ['Randeep Ramesh', 'Vikram Dodd', 'Daniel Pepper', 'Owen Bowcott', 'Angela Balakrishnan']) expect(credited(item, name)).toBe(true);
  expect(people(['A headline', item])).toEqual([]);
});
