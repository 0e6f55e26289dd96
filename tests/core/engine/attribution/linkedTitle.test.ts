import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// linkedTitle.ts (through quotedNotSpoken.ts): a headline in marks followed by the page's address is a title, not speech.

describe('the title of a linked page', () => {
  test('"NASA posted “NASA’s IXPE Helps Researchers Maximize ‘Microquasar’ Findings” (https://…)" gives NASA no quote (NASA_RAG 687)', () => {
    const article = analyze(
      'NASA’s Imaging X-ray Polarimetry Explorer (IXPE) Helps Researchers Maximize “Microquasar” Findings',
      'On 1/16/24, NASA posted “NASA’s IXPE Helps Researchers Maximize ‘Microquasar’ Findings” (https://www.nasa.gov/missions/ixpe/nasas-ixpe-helps-researchers-maximize-microquasar-findings/). The posting, coinciding with publication of the Astrophysical Journal Letters article, includes combined images from IXPE, Chandra, XMM-Newton, infrared, and radio observatories.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('NASA’s IXPE Helps'))).toBe(false);
  });

  test('words of a post that are not written as a headline stay a quote before a link', () => {
    const article = analyze(
      'Mission update',
      'Mission manager Dana Lutz posted “we are go for launch tomorrow, weather permitting” (https://example.org/update) on Tuesday.',
    );
    expect(attribution(article, 'we are go for launch tomorrow')).toMatchObject({ kind: 'direct', speaker: 'Dana Lutz' });
  });
});
