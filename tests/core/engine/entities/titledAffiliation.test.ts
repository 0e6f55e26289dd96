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

// NASA news of 2024 (U.S. government works, public domain), from the nasa.gov articles collected in
// github.com/katie-hofschen/NASA_RAG (nasa_articles/), in neither half of tests/fixtures/real.
const EUROPA_PLATE =
  '“We’ve packed a lot of thought and inspiration into this plate design, as we have into this mission itself,” says Project Scientist Robert Pappalardo of NASA’s Jet Propulsion Laboratory in Southern California.';
const SOYUZ_CREW =
  'Ahead of Dragon’s liftoff, three crew members – NASA astronaut Tracy Dyson, cosmonaut Oleg Novitsky, and Flight Engineer Marina Vasilevskaya of Belarus – will launch from the Baikonur Cosmodrome in Kazakhstan at 8:21 a.m. March 21.';

describe('a title of several capitalised words before the name, then "of" and the organisation', () => {
  test('"Project Scientist Robert Pappalardo of NASA’s Jet Propulsion Laboratory" is the person, titled, and the laboratory (NASA Unveils Design for Message Heading to Jupiter’s Moon Europa)', () => {
    const found = findEntities([EUROPA_PLATE]).entities;
    expect(found.filter((e) => e.type === 'person').map((e) => [e.name, e.role])).toEqual([['Robert Pappalardo', 'Project Scientist']]);
    expect(organisations(EUROPA_PLATE)).toContain('Jet Propulsion Laboratory');
    expect(organisations(EUROPA_PLATE).some((name) => name.includes('Pappalardo'))).toBe(false);
  });

  test('his quote is his, not an organisation’s', () => {
    const article = analyze('NASA Unveils Design for Message Heading to Jupiter’s Moon Europa', EUROPA_PLATE);
    expect(attribution(article, 'We’ve packed a lot of thought')).toMatchObject({ kind: 'direct', speaker: 'Robert Pappalardo', resolution: 'name' });
  });

  test('"Flight Engineer Marina Vasilevskaya of Belarus" is a person with her title (The Marshall Star for March 20, 2024)', () => {
    const found = findEntities([SOYUZ_CREW]).entities.find((e) => e.name === 'Marina Vasilevskaya');
    expect(found).toMatchObject({ type: 'person', role: 'Flight Engineer' });
  });

  test.each([
    ['Deputy Project Scientist Jane Roe of the University of Arizona said the images were sharp.', 'Jane Roe', 'Deputy Project Scientist'],
    ['Mission Manager Sarah Cole of NASA’s Marshall Space Flight Center said the data arrived.', 'Sarah Cole', 'Mission Manager'],
  ])('up to two capitalised words qualify the title: %s', (text, person, role) => {
    expect(
      findEntities([text])
        .entities.filter((e) => e.type === 'person')
        .map((e) => [e.name, e.role]),
    ).toEqual([[person, role]]);
  });

  test('a run whose words before the name are no title still abstains', () => {
    expect(people('Bank Julius Baer of Switzerland said profits rose.')).not.toContain('Julius Baer');
  });
});
