import { describe, expect, test } from 'vitest';
import { fatherSurname } from '../../../../src/core/engine/entities/doubleSurnames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// doubleSurnames.ts: a Spanish double surname, the person called by the father's surname alone after the first
// reference. Sentences from fresh Wikinews articles (CC BY 2.5, 2019), in neither half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a person called by the first of two surnames is one person', () => {
  test('"Ricardo Rosselló Nevares … Rosselló said" (wn-2019-07-28 Puerto Rico governor resigns)', () => {
    expect(
      people(
        "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation shortly before midnight Wednesday night. Rosselló said he is to leave office next month.",
      ),
    ).toEqual(['Ricardo Rosselló Nevares']);
  });

  test('the father’s surname is read only from a name spelt the Spanish way, opening with a first name', () => {
    expect(fatherSurname(['Wanda', 'Vázquez', 'Garced'])).toBe('Vázquez');
    expect(fatherSurname(['Sarah', 'Jessica', 'Parker'])).toBeNull();
    expect(fatherSurname(['Chris', 'Lupo', 'Receives'])).toBeNull();
    // "El Panamá América" is a newspaper: "Panamá" is a place.
    expect(fatherSurname(['El', 'Panamá', 'América'])).toBeNull();
  });
});
