import { describe, expect, test } from 'vitest';
import { dialogueLines } from '../../../../../src/core/engine/attribution/sieves/dialogueLines';
import { analyze, attribution, quotesOf } from '../helpers';
import { DIALOGUE, INTRO, KYRGYZSTAN, SCENE } from '../kyrgyzstanDialogue';

// sieves/dialogueLines.ts: a dialogue transcribed one turn a paragraph, each under its speaker's label and a colon.

/** The blocks read as dialogue lines when every paragraph may be quoted and only labels written `person` name one. */
const linesOf = (texts: ReadonlyArray<string>, person = 'Karimdjanov') => [
  ...dialogueLines(
    texts,
    texts.map(() => true),
    (block, name) => (texts[block] ?? '').slice(name.start, name.end) === person,
  ).keys(),
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
