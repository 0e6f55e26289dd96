import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/postedCall.ts: "posted a call on their Facebook page to …" reports the call as "called on … to" does.

describe('a call put out in writing', () => {
  // Global Voices 2012 (CC BY 3.0), gv-ethiopia-g8-summit-press-freedom-2012-05-18 (development half).
  test('"… Ethiopian National Transition Council posted a call on their Facebook page to detain …" is the council\'s call', () => {
    const article = analyze(
      'Ethiopia: Press Freedom and the G8 Summit',
      'A Group of Ethiopians calling themselves Ethiopian National Transition Council posted a call on their Facebook page to detain Prime Minister Meles Zenawi at Camp David:',
    );
    expect(attribution(article, 'to detain Prime Minister Meles Zenawi at Camp David')).toMatchObject({
      kind: 'reported',
      speaker: 'Ethiopian National Transition Council',
    });
  });

  // gv-lebanon-homophobic-article-university-newspaper-2012-05-09 (development half).
  test('"put out a call on its Facebook page for bloggers to …" reports what was called for, and the promise after it still counts', () => {
    const article = analyze(
      'Lebanon: Homophobic Article in University Newspaper',
      "Shortly after someone copied the content of Mohamad's article online, the Lebanese LGBT Media Monitor put out a call on its Facebook page for bloggers to post their responses online, promising that it would publish them.",
    );
    expect(attribution(article, 'bloggers to post their responses online')).toMatchObject({ kind: 'reported', speaker: 'Lebanese LGBT Media Monitor' });
    expect(quotesOf(article).map((q) => q.text)).toContain('it would publish them');
  });

  // gv-spain-foreclosures-at-your-doorstep-2012-05-14 (development half).
  test('"The PAH has made a call on its website to stop evictions …" reports the call', () => {
    const article = analyze('Spain: Foreclosures at Your Doorstep', 'The PAH has made a call on its website to stop evictions in Madrid and Barcelona.');
    expect(attribution(article, 'to stop evictions in Madrid and Barcelona')).toMatchObject({ kind: 'reported' });
  });

  test('a telephone call to someone reports nothing', () => {
    const article = analyze('Spain: Foreclosures at Your Doorstep', 'The club made a call to the police at noon.');
    expect(quotesOf(article)).toEqual([]);
  });
});
