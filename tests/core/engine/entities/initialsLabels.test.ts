import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// initialsLabels.ts: an interview's later labels write a speaker's initials.

const named = (...paragraphs: Array<string>) =>
  findEntities(['A headline about the news', ...paragraphs], 0)
    .entities.filter((e) => e.mentions.length > 0)
    .map((e) => `${e.type}: ${e.name} [${[...e.aliases].join(', ')}]`);

// wikinews-interviews-peter-coti-north-eastern-us-storm-2010-03-15 (development half).
const INTERVIEW = [
  'Wikinews reporter Mike Morales interviews fellow Wikinews contributor Peter Coti, who is on the scene at a north eastern storm in the United States in New Jersey.',
  '((Mike Morales)) Could you explain the circumstances of the incident?',
  '((Peter Coti)) Well on the morning of Saturday it was a normal storm. Bit windier then a normal one though.',
  '((MM)) How so?',
  '((PC)) Wind gusts up to 90MPH [~145km/h]. And trees falling all over.',
];

test('initials that label an interview’s turns are the person named in full before, not an organisation', () => {
  const entities = named(...INTERVIEW);
  expect(entities).toContain('person: Peter Coti [PC]');
  expect(entities).toContain('person: Mike Morales [MM]');
  expect(entities.filter((e) => e.startsWith('organization'))).toEqual([]);
});

test('initials also written in running text, or two people they could stand for, stay an organisation', () => {
  expect(named(...INTERVIEW, 'The PC said it would help.')).toContain('organization: PC []');
  expect(named(...INTERVIEW, 'Paula Clark said the storm was over.')).toContain('organization: PC []');
});
