import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from '../attribution/helpers';

const people = (text: string) =>
  findEntities([text])
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
const organisations = (text: string) =>
  findEntities([text])
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

// Sentences from fresh English Wikinews articles of 2019–2020 (CC BY 2.5), in neither half of tests/fixtures/real.
describe('a title, a name, then "of" and the organisation', () => {
  test.each([
    ['Cardinal Marc Ouellet of the Holy See said, "We have said for years that priests should follow certain strict rules."', 'Marc Ouellet', 'Holy See'],
    [
      'Ecologist Ryan Norris of the University of Guelph in Ontario also said human actions had little to do with the increased population.',
      'Ryan Norris',
      'University of Guelph',
    ],
    [
      'On Monday morning, Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID), announced a trial of four possible Ebola drugs was stopped early.',
      'Anthony Fauci',
      'United States National Institute of Allergy and Infectious Diseases',
    ],
  ])('the person is the name alone and the organisation stands apart: %s', (text, person, organisation) => {
    expect(people(text)).toEqual([person]);
    expect(organisations(text)).toContain(organisation);
  });

  test('the title is kept as the person’s role', () => {
    const found = findEntities(['Ecologist Ryan Norris of the University of Guelph in Ontario also said it.']).entities.find((e) => e.type === 'person');
    expect(found?.role).toBe('Ecologist');
  });

  test('a capitalised word that is no title does not start a person', () => {
    expect(people('Cardinal Heart, a study using engineered heart tissues, confirmed that microgravity changes heart cells.')).not.toContain('Heart');
  });

  test('the cardinal’s quote is his, and an acronym with a comma after the organisation does not hide the person', () => {
    const article = analyze(
      'Pope Francis instructs reporting of sexual abuse',
      'Cardinal Marc Ouellet of the Holy See said, "We have said for years that priests should follow certain strict rules, so why should the bishops and other members of the church hierarchy be exempt?"',
      'On Monday morning, Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID), announced a trial of four possible Ebola drugs was stopped early because two of them had already shown considerable progress.',
    );
    expect(attribution(article, 'We have said for years')).toMatchObject({ kind: 'direct', speaker: 'Marc Ouellet' });
    expect(attribution(article, 'a trial of four possible Ebola drugs')).toMatchObject({ kind: 'reported', speaker: 'Anthony Fauci' });
  });
});
