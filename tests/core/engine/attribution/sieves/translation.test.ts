import { describe, expect, test } from 'vitest';
import {
  denseScript,
  foreignProse,
  goesOnInOriginal,
  postWords,
  translationRatio,
  wordsIn,
} from '../../../../../src/core/engine/attribution/sieves/translation';
import { analyze, attribution, quotesOf } from '../helpers';

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
    expect(translationRatio('조계종간부들의 도박, 음주, 흡연행위는 자정의 한계를 넘은 것입니다.')).toEqual([1, 6]);
    expect(translationRatio('فكر بنفسك وأستعن بعقلك .. أحترم من يخالفك الرأي')).toEqual([0.6, 2.2]);
    expect(translationRatio('Bref, je pense que le verdict est un joli compromis, et que la chaîne a eu raison de montrer ce film au public.')).toEqual([
      0.6, 1.6,
    ]);
  });

  test("a tweet's English may spell out what its hashtag said, up to twice its length, and is still the tweeter's", () => {
    expect(translationRatio('Bref, je pense que le verdict est un joli compromis.')).toEqual([0.6, 2]);
    const article = analyze(
      'Mexico: Bike Ride Protest Clashes With Local Government',
      'At some point along the way, local police detained a group of six cyclists, according to Mónica Tapia A. [es] (@monicatapiaa):',
      '¿Están siguiendo #fleshandconcrete ? Detuvieron y golpearon a 6 ciclistas @BernardoPadron@Karkarkarrr por subir a #2dopiso #supervia',
      'Are you following #fleshandconcrete? Six cyclists  @BernardoPadron@Karkarkarrr were detained and beaten for going up to the second level of the super-road #2dopiso #supervia',
    );
    expect(attribution(article, 'Are you following').speaker).toBe('Mónica Tapia A.');
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

  // Global Voices (CC BY 3.0), development half: Serbia, May 2012.
  test('a Serbian tweet\'s translation is the tweeter\'s: the Serbian "i" (and) is no English "I"', () => {
    const article = analyze(
      'Serbia: Elections Monitored by Citizen Media',
      'Global Voices Author Sasa Milosevic replied to this call to vote for the Serbian Radical Party [sr]:',
      '@journalist92: @VladMiskovic @srpski_radikali . Srpski radikali ce da nas izvuku. Glas za njih znaci glas za oruzje, ratove, krvoprolice i Srbiju u mraku',
      '@VladMiskovic @srpski_radikali Serbian Radicals that will get us out. A vote for them means a vote for guns, wars, bloodshed, and Serbia [drowned] in the dark',
    );
    // The lead-in names the tweeter (docs/annotation-guide.md, "A named person's tweet under a handle").
    expect(attribution(article, '@VladMiskovic @srpski_radikali Serbian Radicals')).toMatchObject({ kind: 'direct', speaker: 'Sasa Milosevic' });
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

  // Global Voices (CC BY 3.0), development half: Bangladesh, May 2012.
  test("a Bengali blog post's English, over one and a half times as long, is the blogger's as its original is", () => {
    expect(translationRatio('নানা বাধা ডিঙিয়ে হয়ে গেলো বাংলাভাষার ব্লগারদের প্রতিবাদী সংগীতের আয়োজন।')).toEqual([0.6, 2.2]);
    const article = analyze(
      'Bangladesh: Bloggers March For Murdered Journalist Couple',
      "Later the bloggers conducted the protest by singing without the use of microphones. Sohel Mahmood informs us [bn] about the day's programme:",
      'নানা বাধা ডিঙিয়ে হয়ে গেলো বাংলাভাষার ব্লগারদের প্রতিবাদী সংগীতের আয়োজন। পুলিশের “কমিশনারের অনুমতি লাগবে” টাইপের বক্তব্য, বিদ্যুতের লাইন টানায় বাধা আর সন্ধ্যার কিছু ভাগে “হঠাৎ বৃষ্টি”। তবে, সব বাধা ডিঙিয়ে প্রতিবাদী এই সংগীতে যোগ দেন ব্লগার, সাংবাদিক, ছাত্র-ছাত্রী আর সাধারণ মানুষ।',
      'Crossing various hurdles, the Bangla bloggers conducted their programme of singing protest songs in public. Comments by the police commissioner that "permissions will be required", not allowing the required temporary electricity connection at the protest venue, and even sudden rains during part of the evening, nothing could stop the bloggers, journalists, students and ordinary citizens from showing solidarity and participating in singing the protest songs',
    );
    expect(attribution(article, 'Crossing various hurdles')).toMatchObject({ kind: 'direct', speaker: 'Sohel Mahmood' });
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

// Global Voices, "Brazil: Air France Crash…" (post 78038, June 2009, CC BY 3.0), in neither half of tests/fixtures/real.
describe('a block quotation in another language over several paragraphs', () => {
  const CUE =
    'According to bloggers, the problem is that the media always wants to report something and prove it right, come what may - creating theories and enhancing sensationalism. Camerini, from blog Transbrasil [pt], states:';
  const PORTUGUESE = [
    'Os experts de plantão já estão desfilando as baboseiras nas Tvs.',
    'Falam e falam sobre o que ainda não passa de especulações, até Raios são culpados pela queda do AirBus da Air France !',
    'Ouvir um Chamar o avião da Air France de Boeing A 330, outro dizer que o Atlântico é o lugar mais seguro do sistema solar , depois outro que afirma categoricamente que um raio derrubou o avião!',
  ];
  const NEXT = 'For Eu, Você e Todo Mundo [pt], the desperate search for specialists is also a problem:';

  test('each paragraph in that language is the quotation’s, up to the writer’s next one in English', () => {
    const article = analyze('Brazil: Air France Crash and the Media', CUE, ...PORTUGUESE, NEXT);
    const texts = quotesOf(article).map((q) => q.text);
    for (const paragraph of PORTUGUESE) expect(texts).toContain(paragraph);
    expect(texts.some((t) => t.startsWith('For Eu, Você'))).toBe(false);
  });

  const named = {
    subject: { ref: { block: 1, start: 0, end: 8 }, entity: null, resolution: 'name', antecedent: null },
    cue: { block: 1, start: 0, end: 8 },
  } as const;
  test('a line of names and roles is no prose in another language (NASA, public domain)', () => {
    expect(goesOnInOriginal('Marjorie Haskell, PACE program executive', 'Karen St. Germain, director, Earth Science Division', named)).toBe(false);
  });

  test('a cue whose speaker is a pronoun’s reading ("He wrote:") carries no run on', () => {
    const pronoun = { ...named, subject: { ...named.subject, resolution: 'pronoun' } } as const;
    expect(goesOnInOriginal(PORTUGUESE[1] ?? '', PORTUGUESE[0] ?? '', named)).toBe(true);
    expect(goesOnInOriginal(PORTUGUESE[1] ?? '', PORTUGUESE[0] ?? '', pronoun)).toBe(false);
  });
});

// Global Voices, "Saudi Arabia: Liberalism Day", 2012-05 (development half).
test('an Arabic tweet with vowel marks, an Arabic comma and a quoted word is prose its translation goes on', () => {
  const article = analyze(
    'Saudi Arabia: Liberalism Day',
    'Prominent liberal activist Wael Alqasm tweeted:',
    '@waelalqasm: بدأ البذيئون في "تويتر" بالدعاء لي بالهداية والجنة، بعد أن عجزوا عن الانتصار بالشتائم. اللهم إن أدخلتهم جنتك، فاجعلني خالداً في النار أبداً.',
    "Twitter's vulgar [users] started to call for me to have [religious] guidance and heaven after having failed to win through insults. O God, if you let them into your heaven, send me to hell for eternity.",
  );
  // The lead-in names the tweeter (docs/annotation-guide.md, "A named person's tweet under a handle").
  expect(attribution(article, "Twitter's vulgar [users]")).toMatchObject({ kind: 'direct', speaker: 'Wael Alqasm' });
});

test("a Chinese prayer holding an English song title is still Chinese, and its English after it is the writer's", () => {
  const article = analyze(
    'Hong Kong: Evangelists Protest Against Lady Gaga Concerts',
    "Facebook user Julie Lam explained the Christian's action in her prayer [zh]:",
    '她的新歌 Born This Way “生來如此” -- 聲稱上帝創造同性戀者及同性戀不是罪，她積極推動同性婚姻合法， 影響了數個國家的立法。她 的表演志在香港及亞洲打開黑暗的大門讓邪惡進入，目標是要嚴重影響青少年, 導致道德墮落。',
    "Her new song, Born This Way, said that God created homosexuals and it is not a sin. She advocates for the legalization of same sex marriage and has influenced several countries' legislation. Her performance will open the door for evil to come in. Her objective is to influence the youth and bring moral decadence.",
  );
  expect(
    foreignProse(
      '她的新歌 Born This Way “生來如此” -- 聲稱上帝創造同性戀者及同性戀不是罪，她積極推動同性婚姻合法， 影響了數個國家的立法。她 的表演志在香港及亞洲打開黑暗的大門讓邪惡進入，目標是要嚴重影響青少年, 導致道德墮落。',
    ),
  ).toBe(true);
  expect(attribution(article, 'Her new song, Born This Way').speaker).toBe('Julie Lam');
});

// NASA, "NASA Grants to Engage Students in Quiet Supersonic Community Overflight" (2024, public domain), nasa_article_683 of
// github.com/katie-hofschen/NASA_RAG; in neither half of tests/fixtures/real.
describe('a list of names in title case is no prose in another language', () => {
  const LIST = [
    'Carthage College, Kenosha, Wisconsin – STEM Quesst, Wisconsin Space Grant',
    '– STEM Quesst, Wisconsin Space Grant Cornell University, Ithaca, New York –Quesst Community Overflight STEM Engagement New York Space Grant Consortium',
    '–Quesst Community Overflight STEM Engagement New York Space Grant Consortium Old Dominion University, Norfolk, Virginia – Engaging the National NASA Space Grant Network in Support of the Quesst Community Overflight STEM Engagement',
  ];

  test('a line of grantees with no English function word is not foreign prose', () => {
    expect(foreignProse(LIST[1] ?? '')).toBe(false);
  });

  test('so the next line, which holds English words, is no translation of it: neither is a quote', () => {
    const article = analyze(
      'NASA Grants to Engage Students in Quiet Supersonic Community Overflight',
      'The selected institutions and their projects, are:',
      ...LIST,
    );
    expect(quotesOf(article)).toEqual([]);
  });

  test('prose in Spanish is still foreign prose', () => {
    expect(foreignProse('Yo no encuentro trabajo y mi marido tampoco, y los niños no tienen qué comer desde hace días')).toBe(true);
  });
});

// gv-jordan-thank-you-hashtag-monarchy-2012-05-18 (development half).
describe('a short tweet in a script other than Latin', () => {
  test('three words or more after its handle are prose in another language, and the English after it their translation', () => {
    expect(foreignProse('@Mahmoudhomsi: #شكرا‬‏ على الاستقلال الاقتصادي')).toBe(true);
    expect(foreignProse('Jorge Luis Borges, Buenos Aires')).toBe(false);
    const article = analyze(
      'Jordan: Thank You for Nothing',
      'Mahmoud Homsi started the hashtag by tweeting:',
      '@Mahmoudhomsi: #شكرا‬‏ على الاستقلال الاقتصادي',
      'Thank you for economic independence',
    );
    expect(attribution(article, 'Thank you for economic')).toMatchObject({ kind: 'direct', speaker: 'Mahmoud Homsi' });
  });
});

// Wikinews, "Egypt recalls envoy in Israel", 2011-08-20 (CC BY 2.5), a fresh page of session 49.
test('a short English sentence with no article is no original before a translation, so it is no quote', () => {
  const article = analyze(
    'Egypt recalls envoy in Israel',
    'Israeli Prime Minister Benjamin Netanyahu consulted cabinet ministers about a potential response.',
    "The Egyptians had also recalled their ambassador in Tel Aviv on previous occasions, such as Israel's 1982 invasion of Lebanon and during the heavy Israeli shelling of the Gaza Strip in 2000.",
  );
  expect(quotesOf(article)).toHaveLength(0);
  expect(foreignProse('Israeli Prime Minister Benjamin Netanyahu consulted cabinet ministers about a potential response.')).toBe(false);
  expect(foreignProse('Ang mga tao ay nagprotesta at humingi ng hustisya para sa mga biktima ng karahasan.')).toBe(true);
});
