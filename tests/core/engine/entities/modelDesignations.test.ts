import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { isModelDesignation } from '../../../../src/core/engine/entities/modelDesignations';

// modelDesignations.ts: an aircraft's, a weapon's or a mission's designation is no person and no organisation.

const named = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type !== 'place' && e.mentions.length > 0)
    .map((e) => e.name);

// wikinews-pia-sacrifices-goat-resumes-atr-flights-2016-12-14 (Wikinews, CC BY 2.5).
test('"the C-130 would be used for flights": the aircraft is no organisation a later "the company" could mean', () => {
  const names = named(
    'PIA said on December 15 they had chartered a Lockheed C-130 Hercules from the air force to resume cancelled services.',
    'PIA said the C-130 would be used for flights to Gilgit. A flight on December 15 using the C-130 was postponed by one day.',
  );
  expect(names).not.toContain('C-130');
  expect(names).toContain('PIA');
});

// usgov-nasa-women-dc-8-flying-laboratory-2024-05-13, wikinews-christchurch-mosque-murder-suspect-in-court-2019-03-17.
test.each(['C-130', 'DC-8', 'F-16', 'EA-6B', 'AK-47', 'M-16', 'X-59', 'IM-1', 'MiG-29'])('"%s" is a model’s designation', (name) => {
  expect(isModelDesignation(name)).toBe(true);
});

// gv-ethiopia-g8-summit-press-freedom-2012-05-18: "G-8" is the group of countries.
test.each(['G-8', 'G-20', 'NATO', 'Al-Qaeda', 'Nova-C', 'Jean-Pierre', 'COVID-19 Task Force'])('"%s" is no model’s designation', (name) => {
  expect(isModelDesignation(name)).toBe(false);
});
