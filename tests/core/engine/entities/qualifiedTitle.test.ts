import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { qualifiedTitle } from '../../../../src/core/engine/entities/qualifiedTitle';
import { analyze, attribution } from '../attribution/helpers';

// qualifiedTitle.ts: a nationality and a title's qualifiers before the title ("Chinese Vice Foreign Minister").

const named = (...texts: Array<string>) => findEntities(['Names in the news', ...texts], 0).entities.map((e) => `${e.type}:${e.name}`);

// wikinews-chinese-submarine-enters-japanese-waters-2004-11-18 (development half, public domain), verbatim.
const WU =
  'On 17 November, Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador to China Anami Koreshige in Beijing and offered an apology for the incident, stating that the submarine was on a training mission and the intrusion was due to a "technical error" and was "regrettable."';

test('"Chinese Vice Foreign Minister Wu Daiwei met with …" is a person, a surname-first name no list of given names holds', () => {
  expect(named(WU)).toContain('person:Wu Daiwei');
});

test('the reported clause and the words in marks after "stating that" are Wu Daiwei\'s', () => {
  const article = analyze('Chinese submarine enters Japanese waters', WU);
  expect(attribution(article, 'the submarine was on a training mission')).toMatchObject({ kind: 'reported', speaker: 'Wu Daiwei' });
  expect(attribution(article, 'technical error')).toMatchObject({ kind: 'direct', speaker: 'Wu Daiwei' });
});

test('only a nationality and qualifiers make the title long: "Chinese Vice Foreign", "Vice Foreign", not "Beijing Daily News"', () => {
  expect(qualifiedTitle(['Chinese', 'Vice', 'Foreign', 'Minister', 'Wu', 'Daiwei'], 3)).toBe(true);
  expect(qualifiedTitle(['Vice', 'Foreign', 'Minister', 'Wu', 'Daiwei'], 2)).toBe(true);
  expect(qualifiedTitle(['Chinese', 'Minister', 'Wu', 'Daiwei'], 1)).toBe(false);
  expect(qualifiedTitle(['Beijing', 'Daily', 'News', 'Minister', 'Wu'], 3)).toBe(false);
});

test('a body with the same words stays a body: "The Chinese Vice Foreign Ministry said …"', () => {
  expect(named('The Chinese Vice Foreign Ministry said the talks failed.')).not.toContain('person:Vice Foreign Ministry');
});
