import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// shortenedName.ts: "the fire service" after "North Wales Fire and Rescue Service" is that service.
// Sentences verbatim from the development half (Wikinews 2020, CC BY 2.5) and fresh text.

const called =
  'North Wales Fire and Rescue Service were called to the building, located off the A496 overlooking the Mawddach Estuary in Snowdonia National Park, at 09:09am local time.';

test('"The fire service indicated …" after "North Wales Fire and Rescue Service were called" is the service\'s', () => {
  const article = analyze(
    'Fire at historic Welsh ex-hotel Bontddu Hall kills one',
    called,
    'Police, the ambulance service, and an air ambulance also attended. Photos and video from the blaze showed thick smoke with flames visible at windows. The fire service indicated an investigation working alongside North Wales Police was underway.',
  );
  expect(attribution(article, 'an investigation working alongside')).toMatchObject({
    speaker: 'North Wales Fire and Rescue Service',
    resolution: 'role',
    speakerRef: 'The fire service',
  });
});

test("a phrase that does not end on the name's head, or fits two bodies named before, is no second reference", () => {
  const fire = analyze('Fire at historic Welsh ex-hotel', called, 'The fire said nothing of the kind, a neighbour later claimed that the roof fell first.');
  expect(attribution(fire, 'the roof fell first').speaker).not.toBe('North Wales Fire and Rescue Service');
  const two = analyze(
    'Fire at historic Welsh ex-hotel',
    `${called} Mid and West Wales Fire and Rescue Service sent a second crew.`,
    'The fire service indicated an investigation was underway.',
  );
  expect(attribution(two, 'an investigation was underway').speaker).toBeNull();
});
