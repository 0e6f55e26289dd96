import { typeFromListRole } from '../../../../src/core/engine/sources/listRole';
import { analyze } from '../attribution/helpers';

// sources/listRole.ts: every name in a list a plural role word heads holds that role.

/** The type and evidence read before the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromListRole(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test('an actor named fourth in a list of actors is a citizen (wikinews-toronto-comicon-2019-celebrities-cosplay)', () => {
  const article = analyze(
    'Toronto ComiCon 2019 draws celebrities and cosplayers',
    'The popular event featured celebrity guests like actors Dan Fogler, Ron Perlman, John De Lancie, John Rhys-Davies, and Jaleel White, as well as comic artists, authors, and professional cosplayers.',
    'John Rhys-Davies broke news when he revealed that a Sliders reboot is being considered. "We are talking about it," Rhys-Davies said.',
  );
  const actor = article.entities.find((e) => e.name === 'John Rhys-Davies');
  expect(actor?.sourceType).toBe('citizen');
  expect(actor?.sourceEvidence?.text).toBe('actors Dan Fogler, Ron Perlman, John De Lancie, John Rhys-Davies');
});

test.each([
  // Fresh Wikinews, "On the campaign trail in the USA, July 2020".
  [
    "Congresswoman Karen Bass emerged as a significant contender to be Biden's running mate, joining Senators Kamala Harris, Elizabeth Warren, and Tammy Duckworth as potential candidates.",
    'Tammy Duckworth',
    ['official', 'Senators Kamala Harris, Elizabeth Warren, and Tammy Duckworth'],
  ],
  // Fresh NASA, "BioNutrients: A Five-Year Experiment in Space Nears Completion", with no Oxford comma.
  [
    'In early January, researchers Natalie Ball, Hiromi Kagawa and Sandra Vu processed the last of a planned series of BioNutrients production packs.',
    'Sandra Vu',
    ['expert', 'researchers Natalie Ball, Hiromi Kagawa and Sandra Vu'],
  ],
  // The list's first name, right after the plural (Wikinews, 19 October 2017).
  [
    "On Monday, digital security researchers Mathy Vanhoef and Frank Piessens of Belgium's KU Leuven university publicly disclosed a security vulnerability in the WPA2 Wi-Fi (wireless local-area networking) protocol.",
    'Mathy Vanhoef',
    ['expert', 'researchers Mathy Vanhoef'],
  ],
])('a name in a list a plural role heads holds the role: "%s"', (text, name, expected) => {
  expect(read(text, name)).toEqual(expected);
});

test.each([
  ['presidents Joe Biden and Xi Jinping', 'Xi Jinping', 'a head of state or of a company: the plural alone does not say which'],
  ['the actors. John Smith and Jane Doe said', 'Jane Doe', 'the list begins after the sentence ends'],
  ['countries France, Germany and Italy', 'Italy', 'no role word heads the list'],
  ['presidents Joe Biden and Xi Jinping met', 'Joe Biden', "the list's first name: the plural alone still does not say which"],
  ['the researchers Mathy Vanhoef thanked', 'Mathy Vanhoef', 'one name after the plural and no list: not read as one of several'],
])('"%s" gives no type: %s', (text, name) => {
  expect(read(text, name)).toBeNull();
});

test.each([
  // usgov-gsa-pifs-join-fda-digital-health-2019-04-09: a federal post of three words, glossed by its initials.
  ['Robert Goldel', ['official', 'Presidential Innovation Fellows (PIF), Robert Goldel']],
  ['Rana Saad', ['official', 'Presidential Innovation Fellows (PIF), Robert Goldel and Rana Saad']],
])('each fellow a plural federal post glossed by its initials heads a list of is an official: %s', (name, expected) => {
  const text =
    'A new team of Presidential Innovation Fellows (PIF), Robert Goldel and Rana Saad, have begun their work at the Food and Drug Administration (FDA), applying data science approaches to device, drug, and software development.';
  expect(read(text, name)).toEqual(expected);
});

test('near miss: fellows of no federal post before a glossed list stay the experts "fellow" makes (invented)', () => {
  expect(read('Two Hubble Fellows (HF), Jane Doe and Amy Roe, found the galaxy.', 'Amy Roe')).toEqual(['expert', 'Fellows (HF), Jane Doe and Amy Roe']);
});
