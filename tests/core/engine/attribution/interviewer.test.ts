import { describe, expect, test } from 'vitest';
import { isInterviewer } from '../../../../src/core/engine/attribution/interviewer';

// interviewer.ts: the journalist a speech act was made to hears the quotes that follow. Sentences verbatim from the
// development half of tests/fixtures/real and from fresh Wikinews (CC BY 2.5), with the name as the name pass marks it.

const interviewer = (sentence: string, name: string) => {
  const start = sentence.indexOf(name);
  return isInterviewer(sentence, 0, { block: 0, start, end: start + name.length });
};

describe('the journalist spoken to', () => {
  // voa-somali-refugees-thousand-a-day-kenya-2006-10-06.
  test('"he spoke to VOA English to Africa Service reporter Joe De Capua" names the reporter as the one spoken to', () => {
    const sentence = 'From Nairobi, he spoke to VOA English to Africa Service reporter Joe De Capua about the rise in Somali refugees.';
    expect(interviewer(sentence, 'Africa Service reporter Joe De Capua')).toBe(true);
    expect(interviewer(sentence, 'Joe De Capua')).toBe(true);
  });

  // voa-zimbabwe-cfu-sounds-alarm-takeover-violence-2009-11-06.
  test('"Theron told VOA Studio 7 reporter Patience Rusere that …" names the reporter as the one told', () => {
    expect(interviewer('Theron told VOA Studio 7 reporter Patience Rusere that white commercial farmers are being prevented', 'Patience Rusere')).toBe(true);
  });

  // voa-liberia-weah-claims-misrepresented-2005-12-15.
  test('"Mr. Weah spoke to English to Africa reporter Ruby Ofori by mobile phone" names the reporter, not Weah', () => {
    const sentence = 'Mr. Weah spoke to English to Africa reporter Ruby Ofori by mobile phone from Monrovia.';
    expect(interviewer(sentence, 'Ruby Ofori')).toBe(true);
    expect(interviewer(sentence, 'Weah')).toBe(false);
  });

  // Fresh Wikinews, "On the campaign trail in the USA, May 2020" (2020-06-19), not in the corpus.
  test('"Biden told host Mika Brzezinski" names the host as the one told', () => {
    expect(
      interviewer(
        'When confronted with the accusation he penetrated Reade, against her will, using his fingers under her clothing in 1993, Biden told host Mika Brzezinski "No, it is not true.',
        'Mika Brzezinski',
      ),
    ).toBe(true);
  });

  // wikinews-uk-urges-us-waive-immunity-diplomats-wife-2019-10-10: the listener answers ("She informed police …").
  test('"police … spoke with Anne Sacoolas as a suspect" is no interview: she may be the "she" that follows', () => {
    expect(
      interviewer(
        'Northamptonshire police were able to determine the Volvo had come from RAF Croughton and spoke with Anne Sacoolas as a suspect.',
        'Anne Sacoolas',
      ),
    ).toBe(false);
  });

  // wikinews-who-names-new-coronavirus-covid-19-2020-02-14.
  test('"In an interview with Time magazine, … expert Wendy Parmet said" makes the speaker no interviewer', () => {
    const sentence =
      'In an interview with Time magazine, Northwestern University public health expert Wendy Parmet said naming the virus after Wuhan would place';
    expect(interviewer(sentence, 'Wendy Parmet')).toBe(false);
  });
});
