import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// lexicon/knownOrgs.ts: organisations known by name alone. Sentences from the development half of tests/fixtures/real
// (VOA, public domain).

const entitiesIn = (...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.map((e) => [e.type, e.name]);

// voa-cambodia-tribunal-indictments-hello-voa-2007-06-25: "Khmer Rouge" was a person.
test('"indictments of Khmer Rouge leaders": the Khmer Rouge is an organisation, no one', () => {
  const found = entitiesIn(
    'Youk Chhang, director of the Documentation Center of Cambodia, and Sok Samoeun, director of the Cambodian Defenders Project, both of whom work Khmer Rouge tribunal issues, discussed possible indictments of Khmer Rouge leaders on "Hello VOA".',
  );
  expect(found).toContainEqual(['organization', 'Khmer Rouge']);
  expect(found).not.toContainEqual(['person', 'Khmer Rouge']);
});
