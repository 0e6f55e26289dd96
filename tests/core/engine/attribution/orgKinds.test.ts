import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// Global Voices, "India: Vimeo and torrent sites blocked", May 2012 (dev half), in the general form wire copy takes.
describe('"the company" stands for a business, never a court or a ministry', () => {
  test('the company a court order was obtained by is not the court', () => {
    const article = analyze(
      'India: Sites blocked',
      "According to media reports, a film production house has obtained a preemptive 'John Doe' order from the Delhi High Court. The Company insists that this has been done in order to 'prevent film piracy'.",
    );
    expect(attribution(article, 'this has been done in order to')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('the one business a sentence about a court order names is "the company" (verbatim)', () => {
    const article = analyze(
      'India: Entertainment Industry Seeks Court Ban on Torrents and Vimeo',
      "According to media reports, this is because a film production house, namely Reliance Entertainment, has (once again) obtained a preemptive 'John Doe' order from the Delhi High Court, prior to the release of some of their upcoming big budget films. The Company insists that this has been done in order to 'prevent film piracy'.",
    );
    expect(attribution(article, 'this has been done in order to')).toMatchObject({ speaker: 'Reliance Entertainment', resolution: 'role' });
  });

  test('the company the text was about still speaks as "the company"', () => {
    const article = analyze('Business: Results', 'Acme Motors reported higher sales on Monday. The company said that demand had grown in Asia.');
    expect(attribution(article, 'demand had grown in Asia').speaker).toBe('Acme Motors');
  });
});
