import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// unnamedSpeaker.ts: speaker words before a cue verb that end with no mention. The sentence is from the development half
// (gv-ethiopia-pen-award-eskinder-nega-2012-05-02); the name pass now reads the wife's name from ", his wife", and the
// description after "who is" must not take her words from her.

describe('a description after "who is" describes someone, it does not speak', () => {
  const article = analyze(
    'Ethiopia: Netizens Thrilled with PEN Award for Dissident Blogger and Journalist',
    'Upon collecting his prize on his behalf, Serkalem Fasil, his wife who is also a once jailed journalist, highlighted the worsening situation of Ethiopia’s free press. She said:',
    'I accept this award on behalf of Eskinder Nega at a time when freedom of expression and press freedom are at the lowest in Ethiopia.',
  );

  test('"…, his wife who is also a once jailed journalist, highlighted …" is the named wife’s, not the description’s', () => {
    expect(attribution(article, 'the worsening situation')).toMatchObject({ kind: 'reported', speaker: 'Serkalem Fasil' });
  });

  test('"She said:" after it does not go to the description either', () => {
    expect(attribution(article, 'I accept this award').speaker).not.toBe('a once jailed journalist');
  });
});

// An ARCIC story of 2013 (fresh text, U.S. Army, public domain): the definite phrase a preposition takes inside the subject
// is what the subject did something in, not who spoke.
describe('a preposition’s object inside the speaker words does not speak', () => {
  const article = analyze(
    'MSCoE CBRN Soldiers Experiment with Robotic Standoff Detection Capability',
    'The Army Capabilities Integration Center Accelerated Capabilities Division (ARCIC ACD) sponsored a Limited Objective Experiment (LOE) with the Maneuver Support Battle Lab at Ft Leonard Wood, Missouri from 9-20 September 2013 to look at the use of robots integrated with chemical detection systems.',
    'Scenarios were established for both the CBRN and Combat Engineer soldiers. The experiment used non-hazardous placebos to target the mounted sensors. One CBRN NCO participating in the experiment stated that the use of the robot and the mobile OCU provided a "safer way to control a HAZMAT scene without risking human life."',
  );

  test('"One CBRN NCO participating in the experiment stated that …" is not the Limited Objective Experiment’s', () => {
    expect(attribution(article, 'the use of the robot and the mobile OCU').speaker).toBeNull();
    expect(attribution(article, 'safer way to control').speaker).toBeNull();
  });
});
