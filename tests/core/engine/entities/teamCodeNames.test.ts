import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const found = (...paragraphs: Array<string>) =>
  findEntities(['A headline about the news', ...paragraphs], 0).entities.map((e) => `${e.type}: ${e.name}${e.role ? ` (${e.role})` : ''}`);

test('a match report quote labelled by name, team code, country and position names a person, not an organisation', () => {
  // wikinews-germany-colombia-draw-u17-world-cup-2007-08-20 and wikinews-ghana-vs-germany-u17-world-cup-2007-08-23
  // (development half): given names no list knows, so only the label tells.
  const entities = found(
    'Quotes',
    'Heiko Herrlich (GER), Germany coach: "We knew Colombia were very dangerous on the counter-attack."',
    'Sellas Tetteh Teivi (GHA), Ghana coach: "Of course we are disappointed."',
    'Sadick Adams (GHA), Ghana forward: "We are very disappointed."',
  );
  expect(entities).toContain('person: Heiko Herrlich (Germany coach)');
  expect(entities).toContain('person: Sellas Tetteh Teivi (Ghana coach)');
  expect(entities).toContain('person: Sadick Adams (Ghana forward)');
  expect(entities.filter((e) => e.startsWith('organization:'))).toEqual([]);
});

test('the label without a colon still names the person', () => {
  // wikinews-germany-eliminates-americans-u17-world-cup-2007-08-30 (development half).
  expect(found('Post match quotes', 'Heiko Herrlich (GER), Germany coach "We kept it tight at the back."')).toContain('person: Heiko Herrlich (Germany coach)');
});

test("a body's name before its acronym and a country stays an organisation", () => {
  const entities = found('The Kurdistan Workers Party (PKK), Turkey said, was behind the attacks.');
  expect(entities.some((e) => e.startsWith('person:'))).toBe(false);
});

test('a code whose letters are not the country’s is no team code', () => {
  const entities = found('Quotes', 'Heiko Herrlich (GHA), Germany coach: "We knew Colombia were very dangerous."');
  expect(entities).not.toContain('person: Heiko Herrlich (Germany coach)');
});
