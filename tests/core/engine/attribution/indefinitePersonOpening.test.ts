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

// "Another blogger, X, …" opens on a person a he/she after it means (indefinitePersonOpening.ts, and
// entities/indefiniteRoleAppositive.ts for the name). Held-out text: gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 (Global Voices, CC BY 3.0).

/** The end of an Egyptian citizen's comment, quoted before the blogger is brought in. */
const SADAT = [
  'I care for what’s to be done, not said. We want to live without wars, destruction or terrorism.',
  'When will we live in just peace?',
  'Stop war and live in peace.',
  'This speech reminded me of Sadat (God rest his soul in peace)',
  'He was a man of vision, and an insight for the future.',
];

describe('a pronoun after "Another blogger, NAME, …"', () => {
  test('"Another blogger, Ha\'er fi donia Allah, tackled … He was worried …:" is not Sadat, named in the quotation before', () => {
    const article = analyze(
      'Egypt: Bloggers React to Obama’s Cairo Speech',
      ...SADAT,
      "Another blogger, Ha'er fi donia Allah, tackled the topic from a different perspective. He was worried about the health condition of Egyptian president Mubarak, because he didn't receive Obama from the airport:",
      'هل رأيتم السيد أوباما وهو يصعد للطائرة أمس؟؟… شاب قوي صحيح مثل هذا هو ما ينبغي له أن يقود أمة قوية…….. أما السيد الرئيس فهو لم يستقبله حتى في المطار رغم كونه أهم شخصية في العالم الآن والبروتوكول يقول أن الرئيس يستقبل الرئيس، ولا أعتقد أن الرئيس لم يستقبله في المطار لأن الرئيس الأمريكي في العادة لا يستقبل الرئيس المصري في المطار أثناء زياراته السابقة، يبدو أن الرئيس “تعبان” وليس لديه استعداد لبذل أي مجهود بدني، فوفاة حفيده ودواعي الزمن عليه تنبئ بصحة تنتكس بصورة ملحوظة…',
      "Did you see Mr. Obama boarding the plane yesterday? A strong man such as this should lead a strong nation. But our president didn't receive him at the airport, despite him being the most important figure in the whole world and the protocol says a president receives a president. I don't think its because American presidents usually don't receive the Egyptian president in previous visits, but because our president is “tired” and not ready to make any physical effort. His grandson's death, and the passage of time, have had a toll on his health.",
    );
    expect(attribution(article, 'Did you see Mr. Obama').speaker).not.toBe('Sadat');
  });

  test('a name the name pass finds in the appositive takes the he: "Another blogger, Ahmed Hassan, tackled …"', () => {
    const article = analyze(
      'Egypt: Bloggers React to Obama’s Cairo Speech',
      ...SADAT,
      'Another blogger, Ahmed Hassan, tackled the topic from a different perspective. He said Mubarak did not receive Obama at the airport.',
    );
    expect(attribution(article, 'Mubarak did not receive')).toMatchObject({ kind: 'reported', speaker: 'Ahmed Hassan' });
  });

  // wikinews-anime-north-2019-toronto-2019-05-31 (development half).
  test('"Another voice actor, Lauren Landa, would list …" stays Lauren Landa\'s sentence', () => {
    const article = analyze(
      'Anime North 2019 held in Toronto',
      'Another voice actor, Lauren Landa, would list Sailor Neptune and Sailor Uranus as dream roles, when asked at conventions. She said she loved the pair.',
    );
    expect(attribution(article, 'she loved the pair').speaker).toBe('Lauren Landa');
  });
});
