import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/transcriptSpeaker.ts: whose words a transcript label gives, when the label is a short form of a name.

// Wikinews, "Mysore railway manager … Women's Day interview", 2020-03-08, CC BY 2.5 (development half): the answers are
// labelled `((Aparna Garg))`, and once `((AN))`.
describe('a label of initials', () => {
  const MYSORE = "On International Women's Day, Wikinews interviews Mysore railway manager Aparna Garg";
  const MYSORE_LEAD = 'Aparna Garg, the Divisional Railway Manager of the Mysore Division, spoke to Wikinews about women on the railways.';

  test('is the one interviewee the other answer labels name, when it opens with her initial', () => {
    const article = analyze(
      MYSORE,
      MYSORE_LEAD,
      '((WN)) How many women work in the Mysore Division?',
      '((Aparna Garg)) Mysore Division, we have ten percent only women employees.',
      '((WN)) What are the steps Indian Railways is taking for improving this number?',
      '((AN)) There is not [gender-based] reservation per-se, [from] what I know, but Indian [Railways] has been very open about it.',
    );
    expect(attribution(article, 'There is not [gender-based]')).toMatchObject({ speaker: 'Aparna Garg', cue: '((AN))' });
  });

  test('stays unattributed when its first letter is not the interviewee’s initial', () => {
    const other = analyze(
      MYSORE,
      MYSORE_LEAD,
      '((Aparna Garg)) Mysore Division, we have ten percent only women employees.',
      '((WN)) What are the steps Indian Railways is taking?',
      '((JS)) There is not reservation per-se, what I know.',
    );
    expect(attribution(other, 'There is not reservation')).toMatchObject({ speaker: null, cue: '((JS))' });
  });
});

// Wikinews, "Wikinews interviews Chinese-American martial artist Alfred Hsing", 2011-08-16, CC BY 2.5 (development half).
describe('a label of an initial and a surname', () => {
  const HSING = 'Wikinews interviews Chinese-American martial artist Alfred Hsing';
  const LEAD = 'Hungarian Wikinews contributor Teemeah has interviewed Alfred Hsing about his views on martial arts, life and Wikipedia.';

  test('`A. Hsing:` is Alfred Hsing, the one person whose name it writes short', () => {
    const article = analyze(
      HSING,
      LEAD,
      'Teemeah: What does wushu mean to you personally?',
      'A. Hsing: Wushu comes second nature to me and through the repetition of practice it’s like a form of meditation for me.',
      'Teemeah: Do you have an idol or role model in martial arts?',
      'A. Hsing: When I grew up my dad rented a lot of Jet Li and Jackie Chan movies.',
    );
    expect(attribution(article, 'Wushu comes second nature')).toMatchObject({ kind: 'direct', speaker: 'Alfred Hsing' });
  });
});
