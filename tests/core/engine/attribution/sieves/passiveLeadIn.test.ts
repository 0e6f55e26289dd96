import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/passiveLeadIn.ts (read by sieves/leadInName.ts): the named agent of a passive that closes a lead-in sets off its words.

// Global Voices, "Africa: Calls for Transparency Over Marked Increase in Land Deals" (2 May 2012), CC BY 3.0, development half.
const LAND = 'Africa: Calls for Transparency Over Marked Increase in Land Deals';
const DARK =
  'Far too many people are being kept in the dark about massive land deals that could destroy their homes and livelihoods. That this needs to change is well understood, but how to change it is not.';
// Global Voices, "Africa: Regimes Under Attack From Satire and Cartoons" (22 May 2012), CC BY 3.0, development half.
const SATIRE = 'Africa: Regimes Under Attack From Satire and Cartoons';

describe('the agent of a passive closing a lead-in', () => {
  test('"… is further emphasized by  Megan MacInnes, Senior Land Campaigner at Global Witness:" gives the words to Megan MacInnes', () => {
    const article = analyze(
      LAND,
      'The need for transparency in land deals is further emphasized by  Megan MacInnes, Senior Land Campaigner at Global Witness:',
      DARK,
    );
    expect(attribution(article, 'Far too many people')).toMatchObject({ kind: 'direct', speaker: 'Megan MacInnes', resolution: 'name' });
  });

  test('"… is presented by Falila Gbadamassi on the website afrik.com:" gives the excerpt to its author as written', () => {
    const article = analyze(
      SATIRE,
      "In Gabon, a similar method of speech has gained acclaim by becoming a way of exposing corruption and social criticism. A selection of words taken from Raponda-Walker's book on the language is presented by Falila Gbadamassi on the website afrik.com:",
      'Le "bongo CFA", désigne la monnaie gabonaise qui était autrefois à l’effigie du défunt président Omar Bongo.',
    );
    expect(attribution(article, 'Le "bongo CFA", désigne')).toMatchObject({ kind: 'direct', speaker: 'Falila Gbadamassi' });
  });

  test('words after the agent that are no appositive, place of publication or tag leave the passive unattributed: "… was stressed by Megan MacInnes as such:"', () => {
    const article = analyze(LAND, 'The need for transparency in land deals was stressed by Megan MacInnes as such:', DARK);
    expect(quotesOf(article).find((q) => q.text.startsWith('Far too many'))?.speakerId ?? null).toBeNull();
  });

  test('an agent who only relays the words leaves them unattributed: "… was quoted by Falila Gbadamassi …:", "…, as translated by …:"', () => {
    const quoted = analyze(
      SATIRE,
      "A selection of words taken from Raponda-Walker's book on the language was quoted by Falila Gbadamassi on the website afrik.com:",
      'Le "bongo CFA", désigne la monnaie gabonaise qui était autrefois à l’effigie du défunt président Omar Bongo.',
    );
    expect(quotesOf(quoted).find((q) => q.text.startsWith('Le "bongo'))?.speakerId ?? null).toBeNull();
    const translated = analyze(
      LAND,
      'The need for transparency in land deals, as translated by Megan MacInnes, Senior Land Campaigner at Global Witness:',
      DARK,
    );
    expect(quotesOf(translated).find((q) => q.text.startsWith('Far too many'))?.speakerId ?? null).toBeNull();
  });
});
