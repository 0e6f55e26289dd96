import { typeFromOwnHandle, typeFromOwnMedia } from '../../../../src/core/engine/sources/ownMedia';
import { analyze } from '../attribution/helpers';

// sources/ownMedia.ts: one whom no role word describes, speaking through their own blog or account, is a citizen.
// Sentences from the dev half of tests/fixtures/real and from fresh Wikinews and Global Voices pages.

/** The type and evidence read from the words `name` in `text`. */
function read(text: string, name: string, roleNear = false): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromOwnMedia(text, { block: 0, start, end: start + name.length }, roleNear);
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test.each([
  ['Diana Costa, on her blog, says that the "discriminatory process [that] affects people negatively', 'Diana Costa', 'Diana Costa, on her blog'],
  ['Nazrul Islam says in a post in Amrabondhu blog:', 'Nazrul Islam', 'Nazrul Islam says in a post'],
  [
    'As\'ad Abou-Khalil wrote about the visit in a post entitled, "Egypt’s Muslim Brotherhood bows down"',
    "As'ad Abou-Khalil",
    "As'ad Abou-Khalil wrote about the visit in a post",
  ],
  ['Back in 2017, even [GM] Hikaru Nakamura tweeted, "To organise a chess tournament', 'Hikaru Nakamura', 'Hikaru Nakamura tweeted'],
  ['Rebecca MacKinnon lamented in her blog that', 'Rebecca MacKinnon', 'Rebecca MacKinnon lamented in her blog'],
  // gv-argentina-death-with-dignity-law: the present tense, after the language tag and the handle.
  [
    'Twitter user Lean Fernández (@leanfe4) [es] says that the passing of this law is an historical event, and Lou A. Salomé [es] (@Lou_A_S) tweets:',
    'Lou A. Salomé',
    'Lou A. Salomé [es] (@Lou_A_S) tweets',
  ],
  // gv-argentina-death-with-dignity-law: the person's own handle right after the name.
  [
    'Martin Ferro (@Martin_Ferro), similarly to other Twitter users, expresses his discomfort with the scope of the law:',
    'Martin Ferro',
    'Martin Ferro (@Martin_Ferro)',
  ],
])('"%s": a blogger or an account holder giving their view is a citizen', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['citizen', evidence]);
});

// gv-bangladesh-movie-theaters-dying-2012-05-09 (development half): "blogs" as the verb right after the name.
test('"Darashiko blogs on cinema regularly": one who blogs on a subject is a citizen', () => {
  expect(read('Darashiko blogs on cinema regularly. Here he shares the latest state of the Bangladeshi film industry [bn]:', 'Darashiko')).toEqual([
    'citizen',
    'Darashiko blogs on',
  ]);
});

// gv-lesotho-general-election-date-set-2012-05-17 and gv-moroccans-love-hate-affair-obama-2009-06-08 (development half).
test.each([
  ['Blogging from Lesotho, Michael Jordan reports:', 'Michael Jordan', 'Blogging from Lesotho, Michael Jordan'],
  ['Blogging on Elmafjoue [Ar], he writes:', 'he', 'Blogging on Elmafjoue [Ar], he'],
])('"%s": a participle of blogging opening the clause makes its subject a citizen', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['citizen', evidence]);
});

test('"the blogs on the island" after a name is no verb of blogging', () => {
  expect(read('Yoani Sanchez reads the blogs on the island', 'Yoani Sanchez')).toBeNull();
});

test('"In his blog, he said": the medium set off before a cue', () => {
  expect(read('Carneiro also celebrated the decision. In his blog, he said that:', 'he said')).toEqual(['citizen', 'In his blog, he said']);
});

test.each([
  ['a role word near the name says more', 'The mayor of London, Sadiq Khan, tweeted, "Here in London, thousands"', 'Sadiq Khan', true],
  ['the medium of another clause', 'Jan Nowak said the port reopened. Others tweeted their joy.', 'Jan Nowak', false],
  ['a post that is no writing', 'Ana Ruiz said in a post-match interview that', 'Ana Ruiz', false],
  ["a post that is someone else's", 'Ana Ruiz said the claims in his post were false', 'Ana Ruiz', false],
])('no citizen from the medium: %s', (_, text, name, roleNear) => {
  expect(read(text, name, roleNear)).toBeNull();
});

test('in an article, a blogger quoted from her blog is a citizen, with the words that show it', () => {
  const article = analyze(
    'Brazil approves racial quotas',
    'Diana Costa, on her blog, says that the "discriminatory process [that] affects people negatively are marked by stereotypes."',
  );
  const diana = article.entities.find((e) => e.name === 'Diana Costa');
  expect([diana?.sourceType, diana?.sourceEvidence?.text]).toEqual(['citizen', 'Diana Costa, on her blog']);
});

// Global Voices, May 2012 (development half): the blog a person writes at, set off after the name, and handles written
// with a space after the at sign or a direction mark before it.
test.each([
  [
    'Jéssica Rodrigues, from Portal Maria Rita blog, describes [pt] the fervent reaction:',
    'Jéssica Rodrigues',
    'Jéssica Rodrigues, from Portal Maria Rita blog',
  ],
  [
    'Carlos Arturo Gamboa, on the blog Tutor Virtual, reflects on employment [es] as slavery:',
    'Carlos Arturo Gamboa',
    'Carlos Arturo Gamboa, on the blog Tutor Virtual',
  ],
  ['On his blog [fr], Fred Hubleur makes the point:', 'Fred Hubleur', 'On his blog [fr], Fred Hubleur'],
  ['Ivan Martinez (@ OlimacNavi) [es] thinks that the march [es] was affected', 'Ivan Martinez', 'Ivan Martinez (@ OlimacNavi)'],
  ['Karla Serrano  (\u200f@KarlaSerrano7) [es] quotes a phrase [es]:', 'Karla Serrano', 'Karla Serrano  (\u200f@KarlaSerrano7)'],
])('"%s": one who writes at a blog or an account of their own is a citizen', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['citizen', evidence]);
});

test('"from the BBC" or "of the party" is no blog', () => {
  expect(read('Ignacio Perez, from the BBC, reports:', 'Ignacio Perez')).toBeNull();
  expect(read('Ana Lopez of the Workers Party said', 'Ana Lopez')).toBeNull();
});

/** The type and evidence the handle after the words `name` in `text` gives, however near a role word stands. */
function readHandle(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromOwnHandle(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test.each([
  // gv-colombia-campus-party-new-home-2013-2012-05-14: "the singer Madonna" after the name is another's role.
  [
    'Diana Galindo (@dianagalindob) makes a comparison [es] between Campus Party 2013 and events like the upcoming concert by the singer Madonna:',
    'Diana Galindo',
    'Diana Galindo (@dianagalindob)',
  ],
  // gv-mexico-cadereyta-massacre-condemned-2012-05-14: "President Calderón" before "like" is another's.
  [
    'On Twitter, citizens from different profiles condemned the deed, and some questioned President Calderón, like Alessia Corcuera (@top_roping_ale) [es]:',
    'Alessia Corcuera',
    'Alessia Corcuera (@top_roping_ale)',
  ],
])('one\'s own handle after the name makes a citizen, near another\'s role: "%s"', (text, name, evidence) => {
  expect(readHandle(text, name)).toEqual(['citizen', evidence]);
});

test("a title set off right before the name is the person's own: no citizen from the handle (gv-mexico-cadereyta-massacre-condemned-2012-05-14)", () => {
  const text =
    "Analyst and former presidential aspirant, Jorge Castañeda (@JorgeGCastaneda) [es] expressed that the fact is a demonstration that the 'war' continues in Mexico:";
  expect(readHandle(text, 'Jorge Castañeda')).toBeNull();
});
