import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// indefinitePersonOpening.ts: a he/she after a sentence whose subject is someone brought in by "a", "one" or "another"
// and never named goes no further back, to a name before it. The round-up's opening paragraph and its named blogger are
// verbatim from gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 (Global Voices, CC BY 3.0); the unnamed blogger's
// sentence is the shape of its "Another blogger, Ha'er fi donia Allah, tackled the topic …" with the name left out;
// `OBAMA` is made up, to name him as a subject a he could otherwise go back to.

const HEADLINE = "Egypt: Will there be any action after Obama's Talk?";
const OPENING =
  "As expected, US President Barack Obama's speech was received with different and contradicting reactions in the Egyptian blogosphere. While many praised his eloquence, charisma, intelligence and awareness of Arab and Islamic history, more believed it was just the same talk they had heard from other presidents but in a better wrapping.";
const OBAMA = 'US President Barack Obama spoke at Cairo University on Thursday.';

describe('a he or she after an unnamed person brought in with "a", "one" or "another"', () => {
  test('"A blogger in Cairo tackled the topic … He said …" is not Obama, named before', () => {
    const article = analyze(
      HEADLINE,
      OBAMA,
      'A blogger in Cairo tackled the topic from a different perspective. He said the speech was not targeted towards Muslims only.',
    );
    expect(attribution(article, 'the speech was not targeted')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('"One resident was not impressed. He said …" stays unattributed', () => {
    const article = analyze(HEADLINE, OBAMA, 'One resident was not impressed. He said the speech changed nothing.');
    expect(attribution(article, 'the speech changed nothing').speaker).toBeNull();
  });

  test('"A local fisherman watched the speech. "…," he said." is no quote of Obama\'s', () => {
    const article = analyze(HEADLINE, OBAMA, 'A local fisherman watched the speech. "It was empty," he said.');
    expect(attribution(article, 'It was empty').speaker).toBeNull();
  });

  test('"Another commenter disagreed …. He said …" stays unattributed', () => {
    const article = analyze(HEADLINE, OBAMA, 'Another commenter disagreed with the praise. He said the speech was empty.');
    expect(attribution(article, 'the speech was empty').speaker).toBeNull();
  });

  test('the named blogger of "Another blogger, Ahmed Shokier, analyzed … He also said …" keeps his words', () => {
    const article = analyze(
      HEADLINE,
      OPENING,
      "Another blogger, Ahmed Shokier, analyzed Obama's speech, then advised his readers that Obama is neither Muslims' grand Imam nor a Muslim himself to have high expectations of him. He also said that the speech wasn't targeted towards Muslims only, but was followed by American voters, Israelis and non-Muslims as well.",
    );
    expect(attribution(article, "the speech wasn't targeted")).toMatchObject({ kind: 'reported', speaker: 'Ahmed Shokier' });
  });

  test('a woman brought in between stands in no he\'s way: "Ahmed Shokier … A woman in the crowd cheered. He said …"', () => {
    const article = analyze(
      HEADLINE,
      "Ahmed Shokier analyzed Obama's speech. A woman in the crowd cheered. He said the speech was followed by American voters.",
    );
    expect(attribution(article, 'the speech was followed').speaker).toBe('Ahmed Shokier');
  });

  test('an indefinite thing, not a person, stands in no he\'s way: "A statement from the embassy followed. He said …"', () => {
    const article = analyze(
      HEADLINE,
      "Ahmed Shokier analyzed Obama's speech. A statement from the embassy followed. He said the speech was followed by American voters.",
    );
    expect(attribution(article, 'the speech was followed').speaker).toBe('Ahmed Shokier');
  });
});
