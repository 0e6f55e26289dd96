import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { speakingCentreVote } from '../../../../src/core/engine/entities/speakingCentre';
import { analyze, attribution } from '../attribution/helpers';

// speakingCentre.ts: a centre that is the subject of a speech verb is a body, not a place. Sentences verbatim from the
// development half (English Wikinews 2019, CC BY 2.5; Global Voices 2012).

const DEPRESSION: [string, ...Array<string>] = [
  'Tropical Depression Three of 2019 approaches Florida before dissipating',
  'Tropical Depression Three formed over the Bahamas this weekend, before heading towards Florida. As of Monday evening, the National Hurricane Center reported the depression had sustained winds of 30 miles per hour (45 kilometers per hour), just nine shy of becoming a tropical storm. If it strengthened, it would be named Tropical Storm Chantal. On Tuesday, however, they reported the depression dissipated off the coast of Florida.',
  "The National Hurricane Center's 5 p.m. update on Monday had the depression 120 miles (195 km) southeast of Florida's West Palm Beach, moving northwest at 13 mph (20 km/h).",
];

// wikinews-tropical-depression-three-approaches-florida-2019-07-23.
test('"the National Hurricane Center reported" makes the centre a body, though its head word names places too', () => {
  const entities = findEntities(DEPRESSION, 0).entities;
  expect(entities.find((e) => e.name === 'National Hurricane Center')?.type).toBe('organization');
});

// wikinews-tropical-depression-three-approaches-florida-2019-07-23: the gold gives both reports to the centre.
test('"On Tuesday, however, they reported …" after the centre reported is the centre\'s', () => {
  const article = analyze(...DEPRESSION);
  expect(attribution(article, 'the depression dissipated off the coast of Florida')).toMatchObject({
    kind: 'reported',
    speaker: 'National Hurricane Center',
    cue: 'they reported',
  });
});

// gv-armenia-nationalists-disrupt-diversity-march-2012-05-22: the name read is only the end of "Women's Resource Centre".
test('"PINK Armenia and Women\'s Resource Centre announced …" gives the cut name "Resource Centre" no body\'s vote', () => {
  expect(speakingCentreVote(['Resource', 'Centre'], "PINK Armenia and Women's ", ' announced a variety of events')).toBe(0);
  expect(speakingCentreVote(['National', 'Hurricane', 'Center'], 'As of Monday evening, the ', ' reported the depression')).toBeGreaterThan(0);
});

// wikinews-pacific-rim-braces-for-tsunami-2010-02-27 (development half, blind gold of session 46).
test('"read a warning by the Joint Australian Tsunami Warning Center" makes the centre a body that speaks in its warning', () => {
  const article = analyze(
    'Pacific Rim braces for tsunami following major Chilean earthquake',
    '"Boats in harbors, estuaries or shallow coastal water should return to shore. Secure your boat and move away from the waterfront. Vessels already at sea should stay offshore in deep water until further advised," read a warning by the Joint Australian Tsunami Warning Center.',
  );
  expect(attribution(article, 'Boats in harbors')).toMatchObject({ speaker: 'Joint Australian Tsunami Warning Center' });
  // Near miss: a visit names the same kind of centre as a place.
  expect(speakingCentreVote(['Kennedy', 'Space', 'Center'], 'Tourists visited the ', '.')).toBe(0);
});
