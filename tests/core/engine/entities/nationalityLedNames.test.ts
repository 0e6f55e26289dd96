import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { nationalityLedName } from '../../../../src/core/engine/entities/nationalityLedNames';

const found = (...paragraphs: Array<string>) =>
  findEntities(['A headline about the news', ...paragraphs], 0).entities.map((e) => `${e.type}: ${e.name}${e.role ? ` (${e.role})` : ''}`);

test('a nationality before a name no list knows makes the name a person', () => {
  // wikinews-athletics-concludes-london-paralympics-marathon-2012-09-09 (development half).
  const entities = found(
    'In the same event, Tunisian Abderrahim Zhiou set an African record with a time of 2:26:56. Despite failing to get a medal, Japanese Masahiro Okamura set an Asian record with a time of 2:28:51.',
  );
  expect(entities).toContain('person: Abderrahim Zhiou (Tunisian)');
  expect(entities).toContain('person: Masahiro Okamura (Japanese)');
});

test('the name may end at a clause’s punctuation or a possessive', () => {
  // wikinews-cablegate-disclosures-us-diplomatic-tactics-spain-2010-11-30, gv-colombia-may-day-nationwide-demonstrations-
  // 2012-05-07 and gv-cape-verde-creative-writing-competition-2012-05-18 (development half).
  expect(found('Cable 06MADRID1914 highlights the cases of Hamed Abderrahaman Ahmed and Moroccan Lahcen Ikassrien; respectively transferred.')).toContain(
    'person: Lahcen Ikassrien (Moroccan)',
  );
  expect(found('Carlos Arturo Gamboa reflects on employment and cites a video of Argentine Santiago Bou:')).toContain('person: Santiago Bou (Argentine)');
  expect(found("Vitoria, the character in Bolivian Margareth Lima's winning piece, took advantage of the social network.")).toContain(
    'person: Margareth Lima (Bolivian)',
  );
});

test('a body, an event or a party a nationality opens stays no one', () => {
  const texts = ['The Japanese Grand Prix was held at Suzuka.', 'He crashed at the Japanese Grand Prix.', 'The war was long.'];
  expect(nationalityLedName(['Japanese', 'Grand', 'Prix'], '.', texts)).toBe(false);
  expect(nationalityLedName(['Argentine', 'Dirty', 'War'], ', a period', texts)).toBe(false);
  expect(nationalityLedName(['Thai', 'Rak', 'Thai'], ' party and the opposition', texts)).toBe(false);
  expect(nationalityLedName(['Palestinian', 'Legislative', 'Council'], ' met', texts)).toBe(false);
  expect(nationalityLedName(['Indian', 'Dalit', 'Muslims'], '.', texts)).toBe(false);
  expect(nationalityLedName(['Mauritanian', 'Al', 'Akhbar'], ' website on May 12', texts)).toBe(false);
});

test('no person is made of a body whose name a nationality opens', () => {
  const entities = found(
    'The Palestinian Authority said it would respond. The Japanese Red Cross sent teams, and the Argentine Football Association fined the club.',
    'Prices are quoted in Moroccan Dirham.',
  );
  expect(entities.filter((e) => e.startsWith('person:'))).toEqual([]);
});
