import { expect, test } from 'vitest';
import { agentBefore } from '../../../../src/core/engine/attribution/agentBefore';
import { analyze, attribution } from './helpers';

// agentBefore.ts: the agency that interviewed, contacted or quoted the speakers is not who speaks. Lane break35's
// sentences, written in the shape of wire copy's credit to its own reporting; each report had gone to the agency.

test.each([
  ['Residents interviewed by Reuters said the water was contaminated.', 'the water was contaminated'],
  ['Several witnesses contacted by the Associated Press said the shooting lasted ten minutes.', 'the shooting lasted ten minutes'],
  ['Two officials quoted by the BBC said the talks had collapsed.', 'the talks had collapsed'],
])('%s is not the agency speaking', (sentence, words) => {
  const article = analyze('Report', sentence);
  expect(attribution(article, words).speaker).toBeNull();
});

test('"John Smith, interviewed by Reuters, said …" is still Smith\'s', () => {
  const article = analyze('Report', 'John Smith, interviewed by Reuters, said the water was contaminated.');
  expect(attribution(article, 'the water was contaminated').speaker).toBe('John Smith');
});

test("an author or a passive clause's agent is not read so", () => {
  // gv-north-korea-journalists-sentenced-hard-labor-2009-06-09 and wikinews-new-south-wales-decriminalizes-abortion-2019-09-27.
  expect(agentBefore('LiberateLaura, a blog authored by ')).toBe(false);
  expect(agentBefore('The bill was quoted by ')).toBe(false);
  expect(agentBefore('Residents interviewed by the ')).toBe(true);
});
