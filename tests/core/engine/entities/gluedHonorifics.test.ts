import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { nameAfterHonorific } from '../../../../src/core/engine/entities/gluedHonorifics';

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, role: e.role }));

// Development half sentences (tests/fixtures/real): the people list of each gold holds the name without its honorific.
test.each([
  ["JUI-F's Maulana Lutfur Rehman said the tribal people should be given the chance to decide about the merger.", 'Lutfur Rehman', 'Maulana'], // wikinews-khyber-pakhtunkhwa-assembly-votes-merge-fata-2018-05-30
  [
    '"The parts are currently undergoing few processes before they can be released," said Seri Liow Tiong Lai, Malaysia\'s transport minister during a press conference today.',
    'Liow Tiong Lai',
    'Seri',
  ], // wikinews-malaysia-says-debris-maldives-could-be-mh370-2015-08-12
  [
    'Kashmiri leader Mirwaiz Umar Farooq wrote on Twitter, "People of Kashmir thank the U.N., especially the bold efforts of its HR commissioner."',
    'Umar Farooq',
    'Mirwaiz',
  ], // wikinews-un-first-ever-human-rights-report-kashmir-2018-06-14
])('a foreign honorific glued before a name is no part of the name: %s', (text, name, honorific) => {
  const names = people(text).map((p) => p.name);
  expect(names).toContain(name);
  expect(names).not.toContain(`${honorific} ${name}`);
});

test('the honorific becomes the role of a person the text gives none', () => {
  const found = people("JUI-F's Maulana Lutfur Rehman said the tribal people should be given the chance to decide about the merger.");
  expect(found).toContainEqual({ name: 'Lutfur Rehman', role: 'Maulana' });
});

test.each([
  ['Kapten Arluthfi', 'Arluthfi'],
  ['Embajador Wayne', 'Wayne'],
  ['Pandit Ravi Shankar', 'Ravi Shankar'],
])('the name after an honorific: %s', (name, after) => {
  expect(nameAfterHonorific(name)).toBe(after);
});

// wikinews-grandfather-held-guantanamo-dies-of-cancer (development half): the gold keeps "Haji" as the name he is known by.
test('a man known by his honorific keeps it: Haji Zahir', () => {
  expect(nameAfterHonorific('Haji Zahir')).toBeNull();
  expect(people('Haji Zahir said he had never fought the Americans.').map((p) => p.name)).toContain('Haji Zahir');
});

test('an honorific with no name after it, or a person without one, is left as it is', () => {
  expect(nameAfterHonorific('Maulana')).toBeNull();
  expect(nameAfterHonorific('Lutfur Rehman')).toBeNull();
  expect(nameAfterHonorific('Swami of the big hall today')).toBeNull();
});
