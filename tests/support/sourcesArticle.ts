import type { Article, Block, Entity, Evidence, Quote, Stance } from '../../src/core/schema';
import { block, loadGold, mention, person, quote, spanOf } from '../core/gold';

/** The id of the bundled article with its sources filled in by hand, as format version 2 carries them. */
export const SOURCES_ID = 'cgtn-putin-tokayev-sources';

/** Paragraphs added after the gold's eight, so that the article has a woman, anonymous sources and an expert. */
const MORE = {
  p9: 'Foreign Ministry spokeswoman Maria Zakharova said the visit showed the trust between the two countries.',
  p10: '"Nobody expected the unrest to end so fast," Zakharova added.',
  p11: 'A Kremlin official, who asked not to be named because he was not authorised to speak to the press, said the documents would be published next week.',
  p12: 'A source close to the talks warned that the calm in Almaty was fragile.',
  p13: '"Moscow has shown it will act quickly," said Dana Whitfield, a political analyst in Almaty.',
};

function evidence(blocks: ReadonlyArray<Block>, blockId: string, words: string): Evidence {
  const found = blocks.find((b) => b.id === blockId);
  if (!found) throw new Error(`no block ${blockId}`);
  return { ...spanOf(found.text, words), blockId };
}

function said(text: string, words: string, id: string, speakerId: string, cue: string, lemma: string, extra: Partial<Quote> = {}): Quote {
  return quote(text, words, id, speakerId, { kind: 'reported', cue: spanOf(text, cue), speakerRef: null, verb: { lemma, stance: 'neutral' }, ...extra });
}

/** The reporting verb of each of the gold's quotes, by quote id. */
const GOLD_VERBS: Record<string, [string, Stance]> = {
  q1: ['call', 'assertive'],
  q2: ['call', 'assertive'],
  q3: ['say', 'neutral'],
  q4: ['praise', 'assertive'],
  q5: ['add', 'neutral'],
  q6: ['note', 'neutral'],
  q7: ['thank', 'neutral'],
  q8: ['thank', 'neutral'],
  q9: ['voice', 'neutral'],
  q10: ['say', 'neutral'],
  q11: ['add', 'neutral'],
};

/**
 * The bundled article as format version 2 describes its sources, with five short paragraphs more: Putin an
 * official of unknown gender (the text gives none), Tokayev an official and a man ("He said"), a spokeswoman named
 * twice as two entities ("Maria Zakharova" and "Zakharova", for merging), a Kremlin official who is anonymous for a
 * stated reason, a source close to the talks who is anonymous for none, and an expert. Each quote has its verb.
 */
export function sourcesArticle(): Article {
  const gold = loadGold();
  const withVerbs = (b: Block): Block => ({
    ...b,
    quotes: b.quotes.map((q) => {
      const verb = GOLD_VERBS[q.id];
      return verb ? { ...q, verb: { lemma: verb[0], stance: verb[1] } } : q;
    }),
  });
  const { p9, p10, p11, p12, p13 } = MORE;
  const added = [
    block(
      'p9',
      p9,
      [mention(p9, 'Foreign Ministry spokeswoman Maria Zakharova', 'maria-zakharova')],
      [said(p9, 'the visit showed the trust between the two countries', 'q12', 'maria-zakharova', 'Maria Zakharova said', 'say')],
    ),
    block(
      'p10',
      p10,
      [mention(p10, 'Zakharova', 'zakharova')],
      [said(p10, 'Nobody expected the unrest to end so fast,', 'q13', 'zakharova', 'Zakharova added', 'add', { kind: 'direct' })],
    ),
    block(
      'p11',
      p11,
      [mention(p11, 'A Kremlin official', 'a-kremlin-official')],
      [said(p11, 'the documents would be published next week', 'q14', 'a-kremlin-official', 'said', 'say')],
    ),
    block(
      'p12',
      p12,
      [mention(p12, 'A source close to the talks', 'a-source-close-to-the-talks')],
      [
        said(p12, 'the calm in Almaty was fragile', 'q15', 'a-source-close-to-the-talks', 'A source close to the talks warned that', 'warn', {
          verb: { lemma: 'warn', stance: 'assertive' },
        }),
      ],
    ),
    block(
      'p13',
      p13,
      [mention(p13, 'Dana Whitfield', 'dana-whitfield')],
      [said(p13, 'Moscow has shown it will act quickly,', 'q16', 'dana-whitfield', 'said Dana Whitfield', 'say', { kind: 'direct' })],
    ),
  ];
  const paragraphs = [...gold.paragraphs.map(withVerbs), ...added];
  const at = (blockId: string, words: string) => evidence(paragraphs, blockId, words);
  const facts: Record<string, Partial<Entity>> = {
    'vladimir-putin': { sourceType: 'official', sourceEvidence: at('p1', 'Russian President'), gender: 'unknown', genderEvidence: null },
    'kassym-jomart-tokayev': { sourceType: 'official', sourceEvidence: at('p2', 'Kazakh President'), gender: 'man', genderEvidence: at('p8', 'He said') },
  };
  const entities: Array<Entity> = [
    ...gold.entities.map((e) => ({ ...e, ...facts[e.id] })),
    {
      ...person('maria-zakharova', 'Maria Zakharova', 'Foreign Ministry spokeswoman'),
      sourceType: 'spokesperson',
      sourceEvidence: at('p9', 'spokeswoman'),
      gender: 'woman',
      genderEvidence: at('p9', 'spokeswoman'),
    },
    { ...person('zakharova', 'Zakharova'), sourceType: 'unknown', gender: 'unknown' },
    {
      ...person('a-kremlin-official', 'a Kremlin official'),
      sourceType: 'anonymous',
      sourceEvidence: at('p11', 'A Kremlin official'),
      gender: 'man',
      genderEvidence: at('p11', 'he was not authorised'),
      anonymity: { reason: at('p11', 'who asked not to be named because he was not authorised to speak to the press') },
    },
    {
      ...person('a-source-close-to-the-talks', 'a source close to the talks'),
      sourceType: 'anonymous',
      sourceEvidence: at('p12', 'A source close to the talks'),
      gender: 'unknown',
      anonymity: { reason: null },
    },
    {
      ...person('dana-whitfield', 'Dana Whitfield', 'Political analyst'),
      sourceType: 'expert',
      sourceEvidence: at('p13', 'political analyst'),
      gender: 'unknown',
    },
  ];
  return { ...gold, id: SOURCES_ID, version: 2, headline: withVerbs(gold.headline), paragraphs, entities };
}
