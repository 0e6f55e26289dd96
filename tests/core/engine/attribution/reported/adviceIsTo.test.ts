import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/adviceIsTo.ts: "Her advice (to Y) is to Z", "X’s advice is that Z".
// usgov-gsa-chatbots-customer-experience-2021-04-07 (DigitalGov, public domain; the session 54 held-out batch).

const HEADLINE = 'Using Chatbots To Improve Customer Experience';
const BURL =
  'TSA social media manager Janis Burl said that to prepare for AI use, her team broke down the questions they received to see what was redundant versus what was more complex and needed a person to answer.';
const ADVICE =
  'Her advice to teams getting started is to define the problem they are trying to solve and make sure they can show a return on investment, however they define that ROI. Staying focused helps navigate the many options and vendors available to design and develop chatbots.';
const CONTENT = 'to define the problem they are trying to solve and make sure they can show a return on investment, however they define that ROI';

describe('advice is to', () => {
  test('"Her advice to teams getting started is to …" reports the advice as what Janis Burl said', () => {
    expect(attribution(analyze(HEADLINE, BURL, ADVICE), CONTENT)).toMatchObject({
      kind: 'reported',
      speaker: 'Janis Burl',
      cue: 'Her advice to teams getting started is',
    });
  });

  test('"Burl’s advice is that …" reports the clause after "that"', () => {
    const article = analyze(HEADLINE, BURL, ADVICE.replace('Her advice to teams getting started is to define', 'Burl’s advice is that teams define'));
    expect(attribution(article, 'teams define the problem they are trying to solve')).toMatchObject({ kind: 'reported', speaker: 'Janis Burl' });
  });

  test('a "her" the text ties to no one named gives the advice to no one', () => {
    const article = analyze(HEADLINE, BURL.replace('TSA social media manager Janis Burl said that', 'The TSA social media office said that'), ADVICE);
    expect(quotesOf(article).find((q) => q.text.startsWith('to define the problem'))?.speakerId ?? null).toBeNull();
  });

  test('an advice noun that is no advice given ("Her message was clear") reports nothing', () => {
    const article = analyze(HEADLINE, BURL, 'Her message was clear. Staying focused helps navigate the many options.');
    expect(quotesOf(article).some((q) => q.text.startsWith('clear'))).toBe(false);
  });
});
