import { describe, expect, test } from 'vitest';
import { denseScript, postWords, translationRatio, wordsIn } from '../../../../../src/core/engine/attribution/sieves/translation';
import { analyze, attribution } from '../helpers';

// sieves/translation.ts: a post's translation is told from its original by the words a language translates, and its
// length by the original's script.

describe('the translation of a post', () => {
  test('a post is compared without its handle label, hashtags, mentions and links', () => {
    expect(postWords('@HouyemTN: Condamner le film #Persepolis en taxant Nabil Karoui, quelle décision honteuse. #Nessma http://t.co/x')).toBe(
      'Condamner le film en taxant Nabil Karoui, quelle décision honteuse.',
    );
  });

  test('a dense script takes fewer characters than its English, an abjad fewer than a Latin script', () => {
    expect(denseScript('조계종간부들의 도박, 음주, 흡연행위는 자정의 한계를 넘은 것입니다.')).toBe(true);
    expect(translationRatio('조계종간부들의 도박, 음주, 흡연행위는 자정의 한계를 넘은 것입니다.')).toEqual([1, 5]);
    expect(translationRatio('فكر بنفسك وأستعن بعقلك .. أحترم من يخالفك الرأي')).toEqual([0.6, 2.2]);
    expect(translationRatio('Bref, je pense que le verdict est un joli compromis.')).toEqual([0.6, 1.6]);
  });

  test("a French tweet's English translation after it is the tweeter's (Global Voices)", () => {
    const article = analyze(
      'Tunisia: Nessma TV Owner Fined for Screening Persepolis',
      'Tunisian netizens reacted to the verdict on Twitter:',
      '@HouyemTN: Condamner le film #Persepolis en taxant Nabil Karoui, quelle décision honteuse. Vive la #liberteDexpression. #Nessma #Tunisie',
      'Condemning the film Persepolis by fining Nabil Karoui, what a shameful decision. Long live freedom of expression.',
    );
    expect(attribution(article, 'Condemning the film Persepolis')).toMatchObject({ kind: 'direct', speaker: '@HouyemTN' });
  });

  test("a Korean tweet's translation, twice as long, is the tweeter's (Global Voices)", () => {
    const article = analyze(
      'South Korea: Monks Caught in Gambling Scandal',
      'Twitter user @tinypencil tweeted [ko]:',
      '이제 불교에서도 개신교와 매를 같이 맞아주기로 한건가. 요즘 이미지 참 좋아지던 와중에 승려들의 불법도박이라니.',
      'So Buddhism has decided to share the harsh criticisms with the Christian community? Public sentiment toward Buddhism used to be quite good. But now the monks are caught in illegal gambling.',
    );
    expect(attribution(article, 'So Buddhism has decided').kind).toBe('direct');
    expect(attribution(article, 'So Buddhism has decided').speaker).toMatch(/tinypencil/);
  });

  test('a Chinese post set off after its lead-in is a quotation though it has no spaces (fresh text, Global Voices)', () => {
    expect(wordsIn('基督徒表達對信仰的立場 令到小數族群飽受歧視 公平嗎.')).toBeGreaterThanOrEqual(5);
    const article = analyze(
      'Hong Kong: Evangelists Accuse Lady Gaga of Leading Youth Astray',
      'Chan Kwan Yeung defended Lady Gaga [zh]:',
      '慈悲天父嘅主呀,求你為被"影音使團"所說的話而被蒙蔽的人,清洗他們的眼睛哦!',
    );
    expect(attribution(article, '慈悲天父嘅主呀')).toMatchObject({ kind: 'direct', speaker: 'Chan Kwan Yeung' });
  });
});
