import { describe, expect, test } from 'vitest';
import { frontedComparisonBefore } from '../../../../src/core/engine/attribution/frontedComparison';
import { analyze, attribution } from './helpers';

// frontedComparison.ts: a "Like …," / "Unlike …," phrase fronted before a he/she names people the subject is likened to,
// never the subject. Held-out text: gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 (Global Voices, CC BY 3.0).

const ADEL =
  "Adel, a 23-year-old blogger, took a break from his studies for the final exam to follow the speech. Like many others, including Blue Stone [Ar], Mahmoud25x [Ar], Nawara Negm [Ar], GVO author Marwa Rakha -who thought the magic of the speech lied in Obama's charming smile- and Doaa [Ar], he believed Obama was trying to flirt with and please all parties, and that his talk will not lead to any change. He Quoting remarks:";

describe('a he/she after a fronted comparison', () => {
  test('"Like many others, including …, GVO author Marwa Rakha … and Doaa [Ar], he believed …" is Adel, the sentence before\'s subject', () => {
    const article = analyze(
      'Egypt: Bloggers React to Obama’s Cairo Speech',
      ADEL,
      'I don’t think his words will be translated into action, and the reason is because we’ve heard such talk before.',
    );
    expect(attribution(article, 'Obama was trying to flirt')).toMatchObject({ kind: 'reported', speaker: 'Adel' });
    expect(attribution(article, 'I don’t think his words')).toMatchObject({ kind: 'direct', speaker: 'Adel' });
  });

  test('a name inside the comparison is never the he, even when the sentence before names no one', () => {
    const article = analyze(
      'Egypt: Bloggers React to Obama’s Cairo Speech',
      'The speech was followed across the country. Like many others, including GVO author Marwa Rakha -who thought the magic of the speech lied in a smile- and Doaa [Ar], he believed the talk will not lead to any change.',
    );
    expect(attribution(article, 'the talk will not lead').speaker).not.toBe('Marwa Rakha');
  });

  test('the phrase runs from "Like" or "Unlike" to the comma right before the subject, lists and asides in it', () => {
    const text = 'Like many others, including Blue Stone [Ar], GVO author Marwa Rakha -who thought so- and Doaa [Ar], he believed';
    expect(frontedComparisonBefore(text, 0, text.indexOf('he believed'))).toBe(true);
    const unlike = 'Unlike his rivals, she stayed';
    expect(frontedComparisonBefore(unlike, 0, unlike.indexOf('she'))).toBe(true);
  });

  test('"Like Smith said," is what Smith said, and "Like many others, Jones said he …" has Jones for its subject: no comparison before the he', () => {
    const said = 'Like Smith said, he would stay';
    expect(frontedComparisonBefore(said, 0, said.indexOf('he would'))).toBe(false);
    const subject = 'Like many others, Jones said he would stay';
    expect(frontedComparisonBefore(subject, 0, subject.indexOf('he would'))).toBe(false);
  });

  test('a named subject after the comparison still takes the he: "Like many others, Mahmoud Salem said he …"', () => {
    const article = analyze(
      'Egypt: Bloggers React to Obama’s Cairo Speech',
      'Like many others, including GVO author Marwa Rakha and Doaa [Ar], Mahmoud Salem said he believed the talk will not lead to any change.',
    );
    expect(attribution(article, 'the talk will not lead').speaker).toBe('Mahmoud Salem');
  });
});
