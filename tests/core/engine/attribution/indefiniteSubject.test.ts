import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';
import { indefiniteSubjectBefore } from '../../../../src/core/engine/attribution/indefiniteSubject';

// indefiniteSubject.ts: a he/she in a sentence whose subject is a person described but not named ("Guadeloupean blogger
// at Carib Creole News") is that unnamed person, never someone the sentence or the text names.

// Global Voices, "French Guiana, Guadeloupe, Martinique: Ministers Appointed for Skills or as Tokens?" (May 2012, CC BY
// 3.0), fresh text.
const LEAD_IN =
  'Guadeloupean blogger at Carib Creole News publishes a post entitled "Victorin Lurel, Last Minister of the Last Colonies [fr] in which he denounces the inconsistencies of the new Minister:';

describe('the he of an unnamed blogger', () => {
  test('the block quotation after "… blogger at Carib Creole News publishes a post … in which he denounces …:" is set off, unattributed, not the minister\'s', () => {
    const article = analyze(
      'French Guiana, Guadeloupe, Martinique: Ministers Appointed for Skills or as Tokens?',
      'Among these well-acclaimed assignments, reactions to the appointment of Victorin Lurel to the Ministry of the Overseas Departments is discordant. ' +
        LEAD_IN,
      'Lurel is one of the Ministers, is it a surprise? Nobody. Lurel Minister of the "Overseas" (at CCN we say the Last Colonies: MDC), that is the big surprise.',
    );
    const speakers = quotesOf(article).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
    expect(speakers).not.toContain('Victorin Lurel');
    expect(quotesOf(article).find((q) => q.text.startsWith('Lurel is one of the Ministers'))).toMatchObject({ kind: 'direct', speakerId: null });
  });

  test('reads an unnamed subject, not a named or definite one', () => {
    const at = (text: string) => indefiniteSubjectBefore(text, 0, text.indexOf(' he ') + 1);
    expect(at(LEAD_IN)).toBe(true);
    expect(at('A blogger from Lagos wrote a post in which he said the vote was rigged.')).toBe(true);
    expect(at('The blogger wrote a post in which he said the vote was rigged.')).toBe(false);
    expect(at('Blogger Ory Okolloh wrote a post in which he said the vote was rigged.')).toBe(false);
    expect(at('President Obama said he would sign the bill.')).toBe(false);
  });
});

// A fresh Wikinews page (South African serial killer, March 2011), measured held out.
test('"The first described his help …; she said he claimed …": the she is the unnamed survivor, not anyone named before', () => {
  const article = analyze(
    'South African serial killer found guilty',
    'Judge Frans Kgomo heard 41 witnesses, including the only two women to survive. He wore a Christian Zion badge and sangoma beads, which both victims identified.',
    'The first described his help for a uterine ailment; she said he claimed he needed to have sex with her to exorcise a spirit from her.',
  );
  expect(attribution(article, 'he claimed he needed').speaker).toBeNull();
  expect(attribution(article, 'he needed to have sex').speaker).not.toBe('Frans Kgomo');
});
