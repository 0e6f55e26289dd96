import { expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// thingPronoun.ts and coreference.ts: an "it" right after a sentence about a thing means that thing, not an organisation
// named before, and a thing is no source. From a Wikinews interview as the GUM corpus keeps it (development half).

const HEADLINE = 'Wikinews interviews academic Simon Ličen about attitudes towards US Paralympics';
const CAPTION = 'A Russian stamp for Paralympic Games in Sochi in 2014';
const QUESTION =
  'Why do you think the Paralympic movement has so little visibility in the US compared to other countries like Australia, the United Kingdom and even Canada?';

test('"Sports … reaffirm …. It emphasizes consumerism, …" is no one\'s reported speech', () => {
  const article = analyze(
    HEADLINE,
    CAPTION,
    QUESTION,
    'Sports in the United States largely reaffirm existing relations of power in society. It emphasizes consumerism, the belief that success always goes to people who merit it due to their abilities, dedication and qualifications.',
  );
  expect(quotesOf(article)).toEqual([]);
});

test('an "it" after a sentence about the organisation still means it', () => {
  const article = analyze('Ministry warns of floods', 'The Ministry of Health issued a warning on Monday. It said that the rivers would rise by Thursday.');
  expect(quotesOf(article).map((q) => q.text)).toContain('the rivers would rise by Thursday');
});
