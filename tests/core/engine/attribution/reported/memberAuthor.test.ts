import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/memberAuthor.ts: a document whose author is one member of a group is no one's the text names. Sentences
// from the development half of tests/fixtures/real.

// wikinews-tropical-storm-humberto-upgraded-hurricane-2019-09-16.
test('"According to data collected by one of the NOAA\'s "Hurricane Hunters", …" stays unattributed, its whole phrase the cue', () => {
  const article = analyze(
    'Tropical Storm Humberto upgraded to hurricane status',
    'According to data collected by one of the National Oceanic and Atmospheric Administration\'s "Hurricane Hunters", Humberto had maximum sustained winds of 75 miles per hour (120 kilometers per hour) and was moving northeast at 3 mph (6 kph).',
  );
  expect(attribution(article, 'Humberto had maximum sustained winds')).toMatchObject({
    kind: 'reported',
    speaker: null,
    resolution: 'unattributed',
    cue: 'According to data collected by one of the National Oceanic and Atmospheric Administration\'s "Hurricane Hunters"',
  });
});

// wikinews-tropical-storm-humberto-upgraded-hurricane-2019-09-16, its source's quoted name left out.
test('"According to data collected by one of … planes, …" is not the data\'s, nor the group owner\'s', () => {
  const article = analyze(
    'Tropical Storm Humberto upgraded to hurricane status',
    "According to data collected by one of the National Oceanic and Atmospheric Administration's planes, Humberto had maximum sustained winds of 75 miles per hour.",
  );
  expect(attribution(article, 'Humberto had maximum sustained winds')).toMatchObject({ kind: 'reported', speaker: null, resolution: 'unattributed' });
});

// wikinews-house-subpoenas-pompeo-as-ukraine-envoy-resigns-2019-09-30: a whole body as author still speaks.
test('"According to a poll published by NBC News last week, …" stays the publisher\'s', () => {
  const article = analyze(
    'U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns',
    'According to a poll published by NBC News last week, over 220 members of the House of Representatives favored some form of impeachment.',
  );
  expect(attribution(article, 'over 220 members')).toMatchObject({ kind: 'reported', speaker: 'NBC News' });
});
