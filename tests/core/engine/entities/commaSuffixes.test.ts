import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const personNamed = (name: string, ...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.type === 'person' && e.name === name);

test('a name closed by a comma and "Jr." keeps that full name as an alias (wikinews-us-judge-orders-release-trump-tax-records-2019-10-10)', () => {
  const vance = personNamed(
    'Cyrus R. Vance',
    'President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. and his own tax preparer Mazars USA to block the release of the records.',
    'Vance said the subpoena was lawful.',
  );
  expect(vance?.aliases.has('Cyrus R. Vance, Jr.')).toBe(true);
  expect(vance?.mentions).toHaveLength(2);
});

test('a comma then a word that only starts like the suffix adds nothing (fresh text)', () => {
  expect(personNamed('Anna Berg', 'The award went to Anna Berg, Jrnl. editor, last year.')?.aliases.size ?? 0).toBe(0);
});
