import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// paragraphTurns.ts: a paragraph that is a whole turn of someone's words (a transcript's or dialogue's labelled line, a
// signed box, a signed comment) is read as one quote; the narrative around it is not.

// gv-kyrgyzstan-blogger-fourth-branch-government-2012-05-15 (development half, Global Voices, CC BY 3.0).
const KYRGYZSTAN = 'Kyrgyzstan: Can a Blogger be the Fourth Branch of Government?';
const INTRO =
  "Ilya Karimdjanov is a pest. Armed with a camera, a question and the most popular blog on Kyrgyzstan's most popular blogging platform, Kloop.kg, he is a one-man citizen media machine, the nemesis of rule-breaking cops, corrupt university teachers and the Kyrgyz monetary system.";
const SCENE =
  'Commissar Karimdjanov, as he has been referred to in the past, has made a habit of exposing these routine violations of law and protocol both on his blog and on the main news portal at Kloop.kg, where he works as a journalist. A recent example saw him "police" a female police officer who appeared to be drinking while in uniform at lunch time:';
const DIALOGUE = [
  'Karimdjanov: Look, she is drinking beer. Shall we go?',
  'Colleague: Sure',
  'Karimdjanov [to policewoman]: I hope you are not against us making a video. Why are you drinking beer in uniform? It is interesting for us, why is a police official drinking beer?',
  'Policewoman: I have a praznik [celebratory day]',
  'Karimdjanov: But you are on duty...',
];

test('each labelled line of the dialogue is one whole quote, its label left out', () => {
  const article = analyze(KYRGYZSTAN, INTRO, SCENE, ...DIALOGUE);
  expect(attribution(article, 'Look, she is drinking beer. Shall we go?')).toMatchObject({ kind: 'direct', speaker: 'Ilya Karimdjanov' });
  expect(quotesOf(article).filter((q) => q.text.startsWith('Look, she is drinking beer'))).toHaveLength(1);
});

test('the narrative paragraphs before the dialogue are no turn of it', () => {
  const article = analyze(KYRGYZSTAN, INTRO, SCENE, ...DIALOGUE);
  expect(quotesOf(article).some((q) => q.text.startsWith('Ilya Karimdjanov is a pest') || q.text.startsWith('Commissar Karimdjanov'))).toBe(false);
});
