import { describe, expect, test } from 'vitest';
import { beforeOriginal } from '../../../../../src/core/engine/attribution/sieves/taggedOriginal';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/taggedOriginal.ts (through quoteWalk.ts): a labelled answer and its original after Wikinews' language tag are
// two quotes by the one the label names, the tag neither's.

/** The opening of wikinews-interviews-spanish-paralympic-athlete-alberto-suarez-laso-2013-07-16's transcript. */
const [HEADLINE, ...PARAGRAPHS] = [
  'Wikinews interviews Spanish Paralympic track and field athlete Alberto Suárez Laso',
  'With the IPC Athletics World Championships scheduled to start this Friday, Wikinews interviewed Spanish T12 classified long distance runner Alberto Suárez Laso at Madrid–Barajas Airport Monday before he departed for Lyon, France.',
  "((Wikinews)) Hi this is Laura Hale. I'm interviewing Alberto Suárez, who is a visually-impaired runner competing for Spain in the IPC World Championships. What events are you doing? ((es))Spanish language: ¿En qué eventos estás?",
  'Alberto Suárez Laso: Marathon and 5000m. ((es))Spanish language: Maratón y 5000m.',
  '((WN)) You have a World Record? Are you going to smash it and give Spain a gold medal? ((es))Spanish language: ¿Vas a romper el record mundial y darle a España un oro?',
  "Alberto Suárez Laso: This time it's a bit complicated because I'm going a bit injured. ((es))Spanish language: Esta vez está un poco complicado porque voy un poco lesionado",
  "((WN)) Oh. So it's optional for a guy at T-12?",
  "Translator: He could, but he's not too badly impaired. He can run by himself.",
  '((WN)) Okay. Thank you very much! ((es))Spanish language: ¡Muchas gracias!',
  "Alberto Suárez Laso: You're welcome! ((es))Spanish language: De nada.",
] as const;

const interview = () => analyze(HEADLINE, ...PARAGRAPHS);

describe('an answer printed with its original after a language tag', () => {
  test('the English answer is the interviewee’s quote, without the tag or the original (Alberto Suárez Laso, Wikinews 2013)', () => {
    const article = interview();
    expect(attribution(article, "This time it's a bit complicated because I'm going a bit injured.")).toMatchObject({
      kind: 'direct',
      speaker: 'Alberto Suárez Laso',
      cue: 'Alberto Suárez Laso',
    });
    expect(quotesOf(article).map((q) => q.text)).toContain("You're welcome!");
  });

  test('the original is a second quote by the same speaker and cue', () => {
    const article = interview();
    expect(attribution(article, 'Esta vez está un poco complicado porque voy un poco lesionado')).toMatchObject({
      kind: 'direct',
      speaker: 'Alberto Suárez Laso',
      cue: 'Alberto Suárez Laso',
    });
    expect(quotesOf(article).some((q) => q.text.includes('((es))'))).toBe(false);
  });

  test('the questions and their originals stay the outlet’s', () => {
    const texts = quotesOf(interview()).map((q) => q.text);
    expect(texts.some((t) => t.includes('World Record') || t.includes('Vas a romper'))).toBe(false);
  });

  test('an answer under a role label is found, with no person as its speaker', () => {
    const article = interview();
    expect(attribution(article, "He could, but he's not too badly impaired. He can run by himself.")).toMatchObject({ kind: 'direct', speaker: null });
  });

  test('the tag after Russian or with a zero-width joiner splits as well, and a span without one stays whole', () => {
    const text = 'A: Thank you. ((ru))Russian: \u200dСпасибо.';
    expect(beforeOriginal(text, { start: 3, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(['Thank you.', 'Спасибо.']);
    expect(beforeOriginal('A: Thank you.', { start: 3, end: 13 })).toEqual([{ start: 3, end: 13 }]);
  });
});
