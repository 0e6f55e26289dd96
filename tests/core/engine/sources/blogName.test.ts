import { typeFromBlogName } from '../../../../src/core/engine/sources/blogName';
import { analyze } from '../attribution/helpers';

// sources/blogName.ts: a name the text gives a blog, or its writers, speaks as an organisation.

/** The type and evidence read around the last mention of `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.lastIndexOf(name);
  const found = typeFromBlogName(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test.each([
  ['“Bankia, the rats are jumping ship,” the blog Salmón wrote in an article that has circulated throughout the web [es]:', 'Salmón', 'the blog Salmón'],
  [
    'Kettős Mérce blog reported [hu] that the Hungarian news agency MTI was referring to a blog in their article about Mr. Ángyán.',
    'Kettős Mérce',
    'Kettős Mérce blog',
  ],
  ['However, the authors of  La Joven Cuba said:', 'La Joven Cuba', 'authors of  La Joven Cuba'],
  [
    'In the same vein, other French Afro-Caribbean netizens, like the collective of female bloggers at La Scandaleuse condemns [fr] how some well-known French movie magazines and websites have openly underrated the movie and its cast:',
    'La Scandaleuse',
    'bloggers at La Scandaleuse',
  ],
])('a blog named as such is an organisation: "%s"', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['organisation', evidence]);
});

test.each([
  ['On his blog Room 404, Ido Kenan reported on the racist comments [he] posted by some Israelis in response to police requests for help:', 'Ido Kenan'],
  ['The discussion went on in Pierre De Vos blog posts and on Twitter.', 'Pierre De Vos'],
  ['Blogger Zeinobia commented on the arrest:', 'Zeinobia'],
  ["But one thing is for certain, as Jo points out in the blog Jo's Department - everyone is wishing for the journalists' safe return:", 'Jo'],
])('a person writing on a blog of another name, or a post of it, stays untyped here: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});

test('a blog named as such is listed as an organisation, not a person (gv-spain-nomoreeuros-bankia-2012-05-10)', () => {
  const article = analyze(
    'Spain: #NoMoreEuros for Bankia',
    '“Bankia, the rats are jumping ship,” the blog Salmón wrote in an article that has circulated throughout the web [es]:',
  );
  const salmon = article.entities.find((e) => e.name === 'Salmón');
  expect([salmon?.type, salmon?.sourceType, salmon?.sourceEvidence?.text]).toEqual(['organization', 'organisation', 'the blog Salmón']);
});
