import { describe, expect, test } from 'vitest';
import { pastNamedListener, pastPlatform } from '../../../../../src/core/engine/attribution/reported/mediumAndTime';
import { analyze, attribution } from '../helpers';

// reported/mediumAndTime.ts: a platform and a time, or a named listener, then a comma before what was said.

describe('a platform and a time before the comma that opens what was said', () => {
  // wikinews-scheduled-power-outages-northern-california-2019-10-09 (Wikinews, CC BY 2.5), development half.
  test('"PG&E announced via Twitter around 11:30 am (1830 UTC), phase one had been completed": the clause is what was announced', () => {
    const article = analyze(
      'Scheduled power outages in northern California',
      'PG&E announced via Twitter around 11:30 am (1830 UTC), phase one had been completed. The company apologized for its website being inaccessible due to high volume of traffic.',
    );
    expect(attribution(article, 'phase one had been completed')).toMatchObject({ kind: 'reported', speaker: 'PG&E' });
  });

  test('a platform with no clause after its comma opens nothing: "posted via Twitter, along with a photo"', () => {
    const text = 'The mayor announced via Twitter, along with a photo of the site.';
    expect(pastPlatform(text, text.indexOf(' via'))).toBeNull();
  });
});

describe('a named listener and a comma after "told"', () => {
  // wikinews-south-african-lion-man-killed-by-lions-2019-08-22 (Wikinews, CC BY 2.5), development half.
  test('"…, told CNN, neighbors from other lodges nearby attempted, but were unable, to save van Biljon": the clause is what she told', () => {
    const article = analyze(
      'South African lion man killed by lions',
      'Connie Moganedi, a spokeswoman for the police department of nearby Cullinan, told CNN, neighbors from other lodges nearby attempted, but were unable, to save van Biljon.',
    );
    expect(attribution(article, 'neighbors from other lodges nearby attempted')).toMatchObject({ kind: 'reported', speaker: 'Connie Moganedi' });
  });

  test('"told CNN, adding that …": no clause of its own after the comma', () => {
    const text = 'John Smith told CNN, adding that he would return.';
    expect(pastNamedListener(text, text.indexOf(' CNN'), 'told')).toBeNull();
    expect(pastNamedListener(text, text.indexOf(' CNN'), 'said')).toBeNull();
  });
});
