import { withOwnedDocument } from '../../../../src/core/engine/attribution/ownedDocument';
import { analyze, attribution } from './helpers';

// ownedDocument.ts: a possessive pronoun, a body's noun and a document noun ("his campaign statement") is the document
// of the pronoun's person, not a body named "His campaign". English Wikinews (CC BY 2.5), development half:
// wikinews-birther-king-announces-2016-campaign-2015-08-16, its sentence on Martin's aims given "according to his
// campaign statement" (the page says "Martin intends to …" on its own; no dev page writes the kind itself).

const LEAD =
  'Via press release on Friday, Andy Martin, a perennial candidate for political office and self-proclaimed "Birther King", announced he is seeking the U.S. Republican Party\'s 2016 presidential nomination, his fourth bid for the White House.';

test('"According to his campaign statement, …" is the candidate\'s, not a body called "His campaign"', () => {
  const article = analyze(
    'Birther King announces 2016 campaign',
    LEAD,
    'According to his campaign statement, in addition to preventing Bush from gaining the Republican nomination, Martin intends to focus on protecting the prestige of the New Hampshire Primary and Iowa caucus.',
  );
  expect(attribution(article, 'in addition to preventing Bush').speaker).toBe('Andy Martin');
  expect(article.entities.map((e) => e.name)).not.toContain('His campaign');
});

test('the role phrase runs on to the document only after a possessive pronoun', () => {
  expect(withOwnedDocument('his campaign', 'his campaign statement, in addition')).toBe('his campaign statement');
  expect(withOwnedDocument('her campaign', 'her campaign press release said')).toBe('her campaign press release');
  expect(withOwnedDocument('his campaign', 'his campaign said that')).toBe('his campaign');
  expect(withOwnedDocument('the campaign', 'the campaign statement said')).toBe('the campaign');
});
