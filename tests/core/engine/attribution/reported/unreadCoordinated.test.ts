import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/unreadCoordinated.ts: a speech verb joined by "and"/"but" to its clause's first verb reports speech even when
// no reader took the clause's subject; the quote stays unattributed. Sentences from the development half of tests/fixtures/real.

const reported = (...paragraphs: Array<string>) => quotesOf(analyze('Headline', ...paragraphs)).filter((q) => q.kind === 'reported');

describe('a coordinated speech verb whose clause subject is not read', () => {
  test('"The presidents of each country agreed to end the conflict, and said political ties would be reinstated." (wikinews-south-american-leaders-end-border-dispute-2008-03-08)', () => {
    const article = analyze(
      'South American leaders end border dispute',
      'An exchange of handshakes at a Latin American summit Friday marked the end of the bitter dispute. The presidents of each country agreed to end the conflict, and said political ties would be reinstated.',
    );
    expect(attribution(article, 'political ties would be reinstated')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('a phrasal verb and "that": "… described it as "completely inappropriate" and pointed out that Comey would not be allowed …" (wikinews-trump-says-comey-fired-over-russia-investigation-showboating-2017-05-13)', () => {
    const article = analyze(
      'Trump says Comey fired',
      'While it is not illegal under U.S. law for President Trump to ask if he is under investigation, former U.S. Department of Justice spokesperson Matthew Miller described it as "completely inappropriate" and pointed out that Comey would not be allowed to answer under Department rules.',
    );
    expect(attribution(article, 'Comey would not be allowed to answer under Department rules')).toMatchObject({ kind: 'reported' });
  });

  test('a directive: "The United States Embassy in Iraq had suspended operations, and advised U.S. citizens to leave …" (wikinews-us-military-kills-qasem-soleimani-2020-01-05)', () => {
    const article = analyze(
      'US military kills Qasem Soleimani',
      'The United States Embassy in Iraq had suspended operations, and advised U.S. citizens to leave the country immediately in its January 3 security alert.',
    );
    expect(attribution(article, 'U.S. citizens to leave the country immediately')).toMatchObject({ kind: 'reported' });
  });

  test('a plural present: "The workers have been running the factory themselves since …, and say they are more effective …" (wikinews-argentinian-workers-preparing-to-defend-control-of-factory-2005-04-26)', () => {
    const article = analyze(
      'Argentinian workers preparing to defend control of factory',
      'The workers have been running the factory themselves since the Argentinian government meltdown in 2001, and say they are more effective working independently.',
    );
    expect(attribution(article, 'they are more effective working independently')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('near miss: a coordinated verb with an object and no clause reports nothing ("… and said goodbye to the town")', () => {
    expect(reported('The team painted the fence and said goodbye to the town.')).toEqual([]);
    expect(reported('The company closed the plant and said nothing.')).toEqual([]);
  });

  test("near miss: an interviewee's own acts in the first person (wikinews-interview-librivox-founder-hugh-mcguire-2006-05-28)", () => {
    expect(
      reported(
        "I launched LibriVox, emailed some friends and some podcasters who where doing literary stuff, and invited them to record a chapter of Joseph Conrad's Secret Agent.",
      ),
    ).toEqual([]);
  });

  test('near miss: the content opens on a cue of its own, which names its speaker (wikinews-brother-of-qandeel-baloch-sentenced-to-life-2019-09-30)', () => {
    const article = analyze(
      'Brother of Qandeel Baloch sentenced to life',
      "Baloch and Waseem's mother, Anwar, wept upon hearing her son had been convicted and said she believed he was innocent.",
    );
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text === 'she believed he was innocent' && q.speakerId === null)).toBe(false);
  });
});
