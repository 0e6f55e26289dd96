import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/labelLine.ts: an email exchange printed one message a paragraph, `Title Name: "…"` (wikinews-emails-boeing-air-
// force-tanker-deal, development half); labels that name no one, from fresh digital.gov articles (public domain).

const TANKER = 'Internal emails expose Boeing-Air Force contract discussions';

describe('labelled lines', () => {
  test('each message of an email exchange is the person its label names, the label being the cue', () => {
    const article = analyze(
      TANKER,
      'The following is a sequential email exchange regarding Airbus as recorded in the Congressional Record:',
      "Special Asst. to the Secretary and Director of Air Force Communications Bill Bodie: \"We don't have to turn the other cheek, you know. I'm ready to tell the truth about Airbus's boom, footprint, and financial shortcoming. But maybe we should sleep on it.\"",
      'Secretary of the Air Force James Roche: "No, Sir, save it and blow him away. He admits that they were not technically qualified! And, we keep their record of bribes as our trump card! Jim."',
      'Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun: "I read with disgust the article on Airbus tankers from the new EADS CEO of North America. What BS . . . should not have been surprised at the slime . . . his day of reckoning will come hopefully."',
    );
    expect(attribution(article, "We don't have to turn the other cheek")).toMatchObject({ kind: 'direct', speaker: 'Bill Bodie', resolution: 'name' });
    expect(attribution(article, 'No, Sir, save it')).toMatchObject({ speaker: 'James Roche', cue: 'Secretary of the Air Force James Roche' });
    expect(attribution(article, 'I read with disgust').speaker).toBe('Darleen Druyun');
  });

  test.each([
    ['Example: “Notify me if someone submits a pull request to the 18F Dashboard”'],
    ['Reality: “Separate but equal” accommodations are a lose-lose.'],
  ])('a label that names no person gives no speaker: %s', (text) => {
    expect(quotesOf(analyze('IFTTT for Government', text)).filter((q) => q.speakerId !== null)).toEqual([]);
  });
});
