import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';
import { DIALOGUE, INTRO, KYRGYZSTAN, SCENE } from './kyrgyzstanDialogue';

// paragraphTurns.ts: a paragraph that is a whole turn of someone's words (a transcript's or dialogue's labelled line, a
// signed box, a signed comment) is read as one quote; the narrative around it is not.

test('each labelled line of the dialogue is one whole quote, its label left out', () => {
  const article = analyze(KYRGYZSTAN, INTRO, SCENE, ...DIALOGUE);
  expect(attribution(article, 'Look, she is drinking beer. Shall we go?')).toMatchObject({ kind: 'direct', speaker: 'Ilya Karimdjanov' });
  expect(quotesOf(article).filter((q) => q.text.startsWith('Look, she is drinking beer'))).toHaveLength(1);
});

test('the narrative paragraphs before the dialogue are no turn of it', () => {
  const article = analyze(KYRGYZSTAN, INTRO, SCENE, ...DIALOGUE);
  expect(quotesOf(article).some((q) => q.text.startsWith('Ilya Karimdjanov is a pest') || q.text.startsWith('Commissar Karimdjanov'))).toBe(false);
});
