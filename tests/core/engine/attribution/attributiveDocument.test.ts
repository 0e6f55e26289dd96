import { describe, expect, test } from 'vitest';
import { describedDocumentOwnerAt, documentFollows } from '../../../../src/core/engine/attribution/attributiveDocument';
import { analyze, attribution } from './helpers';

// attributiveDocument.ts: "the official WHO report" is the WHO's. Sentences verbatim from the development half
// (wikinews-germany-first-novel-coronavirus-case-2020-01-28, English Wikinews 2020, CC BY 2.5).

const HEADLINE = 'German authorities confirm first case of novel coronavirus in Germany';
const WHO_RAISED =
  'Yesterday, the World Health Organization (WHO) raised the 2019-nCoV coronavirus global risk assessment from "moderate" to "high". The regional risk was "high", and the risk assessment in China "very high".';

describe("a described document of a named organisation speaks in the organisation's words", () => {
  test('"According to the official WHO report yesterday, …" is the World Health Organization\'s, no official\'s', () => {
    const article = analyze(
      HEADLINE,
      WHO_RAISED,
      'According to the official WHO report yesterday, there had been 2741 confirmed cases, 80 deaths, 461 severe cases, and 5794 suspected cases in China, 37 confirmed cases in other countries.',
    );
    expect(attribution(article, 'there had been 2741 confirmed cases').speaker).toBe('World Health Organization');
  });

  test('"the official WHO report" and a "press release" after a name are described documents; "the WHO report", "the official said" and "… officials said" are not', () => {
    expect(describedDocumentOwnerAt('the official WHO report yesterday, there')).toBe(13);
    expect(describedDocumentOwnerAt('the WHO report')).toBe(-1);
    expect(describedDocumentOwnerAt('the official said')).toBe(-1);
    expect(documentFollows(' report yesterday, there')).toBe(true);
    expect(documentFollows(' press release said')).toBe(true);
    expect(documentFollows(' officials said')).toBe(false);
  });
});
