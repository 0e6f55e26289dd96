import { describe, expect, test } from 'vitest';
import { dialogueLines } from '../../../../../src/core/engine/attribution/sieves/dialogueLines';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/dialogueLines.ts: a dialogue transcribed one turn a paragraph, each under its speaker's label and a colon.

/** The blocks read as dialogue lines when every paragraph may be quoted and only labels written `person` name one. */
const linesOf = (texts: ReadonlyArray<string>, person = 'Karimdjanov') => [
  ...dialogueLines(
    texts,
    texts.map(() => true),
    (block, name) => (texts[block] ?? '').slice(name.start, name.end) === person,
  ).keys(),
];

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

describe('a dialogue transcribed one turn a paragraph', () => {
  const article = analyze(KYRGYZSTAN, INTRO, SCENE, ...DIALOGUE);

  test('a line labelled with a named person’s surname is that person’s, not the colon cue’s before the dialogue', () => {
    expect(attribution(article, 'Look, she is drinking beer. Shall we go?')).toMatchObject({ kind: 'direct', speaker: 'Ilya Karimdjanov', cue: 'Karimdjanov' });
    expect(attribution(article, 'But you are on duty...')).toMatchObject({ speaker: 'Ilya Karimdjanov' });
  });

  test('a stage note in the label stays in the cue: `Karimdjanov [to policewoman]:`', () => {
    expect(attribution(article, 'I hope you are not against us making a video.')).toMatchObject({
      speaker: 'Ilya Karimdjanov',
      cue: 'Karimdjanov [to policewoman]',
    });
  });

  test('a label naming no one the text finds (`Policewoman:`, `Colleague:`) leaves its line unattributed', () => {
    expect(attribution(article, 'I have a praznik [celebratory day]').speaker).toBeNull();
    expect(attribution(article, 'Sure').speaker).toBeNull();
    expect(quotesOf(article).some((q) => q.text.startsWith('Karimdjanov:'))).toBe(false);
  });
});

// usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01 (development half, NASA, public domain).
test('a profile’s fields (`Name:` / `Title:` / `Organization:`) are no dialogue: no label speaks twice', () => {
  expect(
    linesOf([
      'Michael Thorpe Studies Sediment from Source to Sink',
      'Name: Michael Thorpe',
      'Title: Sedimentary and Planetary Geologist',
      'Organization: Planetary Environments Laboratory, Science Directorate (Code 699)',
    ]),
  ).toEqual([]);
});

test('alternating labels of which none names a person of the article are no dialogue', () => {
  expect(linesOf([KYRGYZSTAN, SCENE, ...DIALOGUE], 'Ilya')).toEqual([]);
  expect(linesOf([KYRGYZSTAN, SCENE, ...DIALOGUE])).toEqual([2, 3, 4, 5, 6]);
});

test('two labelled lines are too few to make a dialogue', () => {
  expect(linesOf([KYRGYZSTAN, SCENE, 'Karimdjanov: Look, she is drinking beer. Shall we go?', 'Karimdjanov: But you are on duty...'])).toEqual([]);
});
