import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// namedAppositive.ts: a description heading the subject, then the person it describes set off by commas.

// Global Voices, "Indonesia: Should Mosques Lower Prayer Volume?" (2 May 2012, CC BY 3.0), not in the corpus.
test('"Another blogger, Tototapalnise [id], tries …:" leads into the named blogger\'s words, not the description\'s', () => {
  const article = analyze(
    'Indonesia: Should Mosques Lower Prayer Volume?',
    'Another blogger, Tototapalnise [id], tries to understand the Vice President’s message:',
    'If we try to think about it carefully, the statement is a soft warning for Muslim people to maintain the adzan’s quality and also the mosques’ sound system quality...',
  );
  expect(attribution(article, 'If we try to think').speaker).toBe('Tototapalnise');
});

// VOA Khmer, "Interview with Sam Rainsy Feb. 8" (8 February 2005, public domain), voa-cambodia-sam-rainsy-interview-2005-02-08.
test('the interviewer named in an opening "In an interview … with X" phrase does not take the words of the person set off after the description', () => {
  const article = analyze(
    'Interview with Sam Rainsy Feb. 8 - 2005-02-08',
    "In an interview Tuesday, Feb 8, at the Washington DC offices of VOA with the Khmer Service's Reasey Poch, the leader of Cambodia's opposition party, Sam Rainsy, says he is in the United States to seek support for his party and the country's democratic movement.",
  );
  expect(attribution(article, 'he is in the United States').speaker).toBe('Sam Rainsy');
});

// wikinews-the-onion-interview-americas-finest-news-source-2007-11-25 (development half): the same opening with no description.
test('after "In an interview with X," the subject of the sentence speaks, not the interviewer', () => {
  const article = analyze(
    'The Onion',
    'In an interview with Terry Gross, Stephen Colbert said of his time at Second City that they had decided on not doing political comedy.',
  );
  expect(attribution(article, 'they had decided').speaker).not.toBe('Terry Gross');
});

// wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03 (development half).
test('a description then the name set off by dashes, the description holding a comma of its own: the named person speaks', () => {
  const article = analyze(
    'Beachside photos of New Jersey governor draw criticism',
    'One visitor to Atlantic City, New Jersey — Matt Jenkins — told the press, "I think it\'s a shame, it\'s hideous."',
  );
  expect(attribution(article, "I think it's a shame")).toMatchObject({ kind: 'direct', speaker: 'Matt Jenkins' });
});
