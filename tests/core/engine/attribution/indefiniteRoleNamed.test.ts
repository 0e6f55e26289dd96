import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// indefiniteRoleNamed.ts: "Another blogger, X, …" opens on a person a he/she after it means, even when the name pass
// found no one in X. Held-out text: gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 (Global Voices, CC BY 3.0).

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
