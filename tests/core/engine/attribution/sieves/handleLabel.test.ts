import { describe, expect, test } from 'vitest';
import { handleLabel, handleOnly, passedOnPost } from '../../../../../src/core/engine/attribution/sieves/handleLabel';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/handleLabel.ts: a paragraph opening with `@handle:` is a post in the handle's words.

const INDONESIA = "Indonesia: The Curious Case of the Governor's Middle Finger";
const LEAD =
  "In the heat of his run for second term as Jakarta's Governor, Fauzi Bowo sparked controversy when netizens exposed his picture giving a middle-finger salute.";

describe('handle label', () => {
  test('a post after its handle and colon is a direct quote by the handle, cue "@handle:"', () => {
    const article = analyze(
      INDONESIA,
      LEAD,
      "Many netizen can't hide their surprise:",
      '@vankaay: baru nyadar, bapak fauzi bowo.. acungin jari tengah pas lagi rame rame sama komunitas motor. mau gaul atau gatau artinya pak?hualahh',
      "@vankaay: Just realized, Mr. Fauzi Bowo's showing his middle finger when being around with bike community members. Do you want to mingle or don't you know what it really means?",
    );
    expect(attribution(article, 'baru nyadar, bapak fauzi bowo')).toMatchObject({ kind: 'direct', speaker: '@vankaay', cue: '@vankaay:' });
    expect(attribution(article, 'Just realized, Mr. Fauzi Bowo')).toMatchObject({ kind: 'direct', speaker: '@vankaay', resolution: 'name' });
  });

  test('quote marks inside a post are the post’s, and a mark left open at its end is dropped', () => {
    const article = analyze(
      INDONESIA,
      LEAD,
      '@ariefadjar: jargon kampanye yang akan diserukan oleh Fauzi Bowo adalah "FOKE YOU!!!" sembari mengacungkan jari tengah. :)))"',
      "@ariefadjar: The campaign slogan for Fauzi Bowo is 'Foke You!' with showing up middle finger.",
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).toEqual([
      'jargon kampanye yang akan diserukan oleh Fauzi Bowo adalah "FOKE YOU!!!" sembari mengacungkan jari tengah. :)))',
      "The campaign slogan for Fauzi Bowo is 'Foke You!' with showing up middle finger.",
    ]);
    expect(article.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Fauzi Bowo']);
  });

  // Global Voices, "Yemen: #NoDrones Campaign", 2012-05 (development half): the scrape kept a right-to-left mark.
  // The lead-in names the poster, so the post is hers (docs/annotation-guide.md, "A named person's tweet under a handle").
  test('a right-to-left mark before the handle is no word: the post is still the one under the handle', () => {
    const article = analyze(
      'Yemen: #NoDrones Campaign',
      'Mai Saleh addressed some tweets to Brennan:',
      '\u200F@A4Mai: Dear Mr. Brennan, Your policy has proved a failure in #Pakistan, why try it in #Yemen? It is obviously doomed to fail, sincerely #NoDrones',
    );
    expect(attribution(article, 'Dear Mr. Brennan')).toMatchObject({
      kind: 'direct',
      speaker: 'Mai Saleh',
      cue: 'Mai Saleh addressed some tweets to Brennan:',
    });
    expect(handleLabel('\u200F@WomanfromYemen:B/c I’m against #terrorism')?.handle).toEqual({ start: 1, end: 16 });
  });

  // Global Voices, "Jordan: Campaign Launched Against "Rape-Marriage" Law", 2012-05 (development half): the scrape kept a
  // pop-directional mark right after the colon.
  // The lead-in names the poster, so the posts are hers (docs/annotation-guide.md, "A named person's tweet under a handle").
  test('a directional mark after the colon is no word: the post is still the words after the handle', () => {
    const article = analyze(
      'Jordan: Campaign Launched Against "Rape-Marriage" Law',
      "Hadeel Abdel Aziz, Executive Director of Jordan's Justice Center for Legal Aid affirmed:",
      '@hadilaziz:\u202C لن نسمح بمعاقبة الضحية ولن نسمح بافلات المغتصب من العقوبة سنعمل على تعديل قانون العقوبات',
      '@hadilaziz:\u202C We will not allow victims to be punished and rapists to walk free anymore. We will change the penal code.',
    );
    expect(attribution(article, 'We will not allow victims')).toMatchObject({ kind: 'direct', speaker: 'Hadeel Abdel Aziz' });
    expect(attribution(article, 'لن نسمح بمعاقبة الضحية')).toMatchObject({ kind: 'direct', speaker: 'Hadeel Abdel Aziz' });
  });

  test('a handle alone in its paragraph may follow a right-to-left mark (gv-egypt-first-presidential-debate-disappointment)', () => {
    expect(handleOnly('\u200F@3bd2lr7man5aled:')).toEqual({ start: 1, end: 17 });
    expect(handleOnly('@xaxo6v:')).toEqual({ start: 0, end: 7 });
  });

  test('a handle that does not open the paragraph, or an e-mail address, is no label', () => {
    expect(handleLabel('Follow @vankaay: he posts daily.')).toBeNull();
    expect(handleLabel('@vankaay; he posts daily')).toMatchObject({ handle: { start: 0, end: 8 } });
    expect(handleLabel('press@example.org: write to us')).toBeNull();
    expect(handleLabel('@Ganyut:')).toBeNull();
    expect(handleLabel('@Ganyut: Go on with it!')).toEqual({ handle: { start: 0, end: 7 }, words: { start: 9, end: 23 }, cueEnd: 8, name: null });
  });
  test("a post's English translation in the paragraph after it is the handle's words too, not the writer's", () => {
    // Global Voices prints a Turkish tweet, then its translation without a label (fresh text, not in the corpus).
    const article = analyze(
      'Turkey: Poetic Commemoration of Uludere Victims',
      'Poet Bejan Matur visited Roboski and tweeted about what she saw there.',
      '@bejanmatur: bugün geldim roboskiye ve gidemedim. yaslı kızkardeşlerin sesleri bırakmadı beni.',
      "I arrived at Roboski today and couldn't leave. The voices of mourning sisters didn't let me.",
      'The families of the victims gathered at the cemetery on the anniversary of the strike, and many of them spoke to reporters.',
    );
    expect(attribution(article, 'I arrived at Roboski today')).toMatchObject({ kind: 'direct', speaker: '@bejanmatur', cue: '@bejanmatur:' });
    // Plain English after the translation is the writer's again: a post carries on only into its translation.
    expect(quotesOf(article).map((q) => q.text)).not.toContain(
      'The families of the victims gathered at the cemetery on the anniversary of the strike, and many of them spoke to reporters.',
    );
  });

  test('a Weibo name before a full-width colon labels the post, not the blogger who introduced it (fresh text, Global Voices)', () => {
    const article = analyze(
      'China: Al Jazeera’s Beijing Correspondent Expelled',
      'There are relatively few discussions within the Chinese blogosphere. Lao Rong gives an update of the situation in Sina Weibo [zh] and was able to spark some discussion:',
      '@毛聊：“半岛”怎说也是第三世界媒体，不依附西方媒体，这样都容不下，何以服第三世界。',
      '@毛聊：Al Jazeera is a third-world media and is independent from western media. If China cannot allow them to operate here, how can we lead the third world?',
    );
    expect(attribution(article, 'Al Jazeera is a third-world media')).toMatchObject({ kind: 'direct', speaker: '@毛聊', cue: '@毛聊：' });
  });

  // Global Voices (CC BY 3.0), development half: China, May 2012 (Beijing Daily and Gary Locke).
  test('a Weibo name of two words, a name in Chinese letters before a plain colon, and a language tag after the name all label a post', () => {
    const article = analyze(
      'China: Beijing Daily Attacks Gary Locke',
      'Beijing Daily demanded that Gary Locke disclose his personal assets. Netizens responded on Sina Weibo:',
      '@Zhao Chu [zh]: Beijing Daily is a joke. For them to make a joke like this just shows they’re a bunch of stupid pigs at the top.',
      '@半拉北京人: His assets were disclosed back in 2010. Why doesn’t he teach Chinese official how to disclose [their assets]?',
    );
    expect(attribution(article, 'Beijing Daily is a joke')).toMatchObject({ kind: 'direct', speaker: '@Zhao Chu', cue: '@Zhao Chu [zh]:' });
    expect(attribution(article, 'His assets were disclosed')).toMatchObject({ kind: 'direct', speaker: '@半拉北京人', cue: '@半拉北京人:' });
  });

  // Global Voices (CC BY 3.0), development half: Serbia, May 2012.
  test('a handle whose colon touches the first word of the tweet still labels it, and its translation after it', () => {
    const article = analyze(
      'Serbia: Elections Monitored by Citizen Media',
      'Also on Twitter, youth disillusionment has been reflected:',
      '@DunjaLazic:sutra su dakle prvi izbori na kojima mogu da glasam a baš i nemam neki izbor',
      'So tomorrow will be held the first election where I can vote, but I just do not have any choice',
    );
    expect(attribution(article, 'sutra su dakle')).toMatchObject({ kind: 'direct', speaker: '@DunjaLazic', cue: '@DunjaLazic:' });
    expect(attribution(article, 'So tomorrow will be held')).toMatchObject({ kind: 'direct', speaker: '@DunjaLazic' });
    expect(handleLabel('@10:30 the polls close')).toBeNull();
  });

  test('a handle tagged with two languages, "[es/ca]", still labels its tweet (Global Voices, Spain, May 2012)', () => {
    const article = analyze(
      'Spain: Barcelona Under Police Control for ECB Meeting',
      'Protesters called for a pot-banging protest on Twitter:',
      '@Acampadabcn [es/ca]: Don’t forget to show your rejection to the ECB at 9:00 p.m. in the form of cacerolada…let’s be heard!',
    );
    expect(attribution(article, 'Don’t forget to show')).toMatchObject({ kind: 'direct', speaker: '@Acampadabcn', cue: '@Acampadabcn [es/ca]:' });
  });

  test('a semicolon typed for the colon still labels the post, and its translation after it is the same handle’s', () => {
    const article = analyze(
      'Spain: Barcelona Under Police Control for ECB Meeting',
      'Protesters called for a pot-banging protest on Twitter:',
      '@Acampadabcn; Recordar mostrar vuestro rechazo al BCE a las 21:00h en forma de cacerolada... Que nos oigan! http://bit.ly/cassoladaBCE #CassoladaBCE',
      '@Acampadabcn [es/ca]: Don’t forget to show your rejection to the ECB at 9:00 p.m. in the form of cacerolada…let’s be heard!',
    );
    expect(attribution(article, 'Recordar mostrar vuestro')).toMatchObject({ kind: 'direct', speaker: '@Acampadabcn', cue: '@Acampadabcn;' });
    expect(attribution(article, 'Don’t forget to show')).toMatchObject({ kind: 'direct', speaker: '@Acampadabcn' });
  });

  // Global Voices, "Spain: #NoMoreEuros for Bankia", 2012-05-10 (development half): each tweet copied as Twitter prints it,
  // the account's display name, a right-to-left mark the scrape kept, the handle and a colon.
  test('a tweet under its display name and handle is the account holder’s, the translation after it too', () => {
    const article = analyze(
      'Spain: #NoMoreEuros for Bankia',
      'These are some of the tweets that have shown up on the web since last Monday. As always, the criticisms are seasoned in many cases with humor:',
      'Jose Sanclemente \u200F @josesanclemente: ¿cuanto IVA hemos de pagar, cuantas recetas y camas de hospitales, cuantas aulas se han de cerrar...para darle 10.000 millones a Bankia?',
      'Jose Sanclemente \u200F @josesanclemente: How much VAT do we have to pay, how many prescriptions and hospital beds, how many classrooms have to be closed... to give 10 billion to Bankia?',
      'LoveWillTearUsAznar \u200F@lwtuaznar: Selling track suits to help pay for the Bankia bail-out? What do you think? They look really nice http://pic.twitter.com/4b00MpRf',
      "Mrs. ∞ ßϒξn \u200F @bren_oo7: #NiUnEuroMas  (#NoMoreEuros) We'll have to go back to hiding the billions under our mattresses... they're safer there than in 3 safes in a bank.",
    );
    expect(attribution(article, '¿cuanto IVA hemos de pagar')).toMatchObject({ kind: 'direct', speaker: 'Jose Sanclemente' });
    expect(attribution(article, 'How much VAT do we have to pay')).toMatchObject({
      kind: 'direct',
      speaker: 'Jose Sanclemente',
      cue: 'Jose Sanclemente \u200F @josesanclemente:',
    });
    expect(attribution(article, 'Selling track suits')).toMatchObject({ kind: 'direct', speaker: 'LoveWillTearUsAznar' });
    expect(attribution(article, '#NiUnEuroMas  (#NoMoreEuros)')).toMatchObject({ kind: 'direct', speaker: 'Mrs. ∞ ßϒξn' });
    expect(quotesOf(article).map((q) => q.text)[2]).toBe(
      'Selling track suits to help pay for the Bankia bail-out? What do you think? They look really nice http://pic.twitter.com/4b00MpRf',
    );
  });

  test('a display name is capitalised words or a name’s particles, so prose addressing a handle labels no post', () => {
    expect(handleLabel('Joan Baldoví i Roda \u200F @joanbaldovi: Health+education budget in 2012: 5.397 billion euros.')).toMatchObject({
      name: { start: 0, end: 19 },
      handle: { start: 22, end: 34 },
    });
    expect(handleLabel('Toret @Toret: Not one more euro for the banks!')).toMatchObject({ name: { start: 0, end: 5 }, handle: { start: 6, end: 12 } });
    expect(handleLabel('Ángel \u200F @A_Cas: If Bankia is worth about 3 billion and they inject 8.')?.name).toEqual({ start: 0, end: 5 });
    expect(handleLabel('Reply to @Toret: not one more euro for the banks!')).toBeNull();
    expect(handleLabel('Follow @vankaay: he posts daily.')).toBeNull();
    expect(handleLabel('@vankaay; he posts daily')).toMatchObject({ handle: { start: 0, end: 8 } });
    expect(handleLabel('This is what he wrote to @Toret: not one more euro.')).toBeNull();
  });

  test('a Weibo name without its @ before the full-width colon labels the Chinese original', () => {
    expect(handleLabel('wh_w：严重怀疑北京日报脑残或被收买了.')).toEqual({ handle: { start: 0, end: 4 }, words: { start: 5, end: 21 }, cueEnd: 5, name: null });
    expect(handleLabel('Note: the Chinese text follows.')).toBeNull();
    expect(handleLabel('@Liu Yadong said so: fine')).toBeNull();
  });
});

// Global Voices (CC BY 3.0), development half: Indonesia and Lesotho, May 2012.
describe('a post passed on inside a post', () => {
  test('a retweet, "RT @handle: …", is the retweeted handle’s words, inside the post that passes it on', () => {
    const article = analyze(
      'Indonesia: Lady Gaga Concert Permit Denied',
      'Lady Gaga fans have criticized the government’s decision on Twitter:',
      '@Ray_owl: FPI is embarrassing Indonesia internationally! #IndonesiaSavesGaga RT @lanaaisya: FPI is being a hypocrite. #saveladygaga',
    );
    expect(attribution(article, 'FPI is embarrassing')).toMatchObject({ kind: 'direct', speaker: '@Ray_owl' });
    expect(attribution(article, 'FPI is being a hypocrite. #saveladygaga')).toMatchObject({ kind: 'direct', speaker: '@lanaaisya', cue: '@lanaaisya:' });
  });

  test('a post quoted whole in marks, "“@handle: …”", is that handle’s words up to the closing mark', () => {
    const text =
      "@TumiVolume: “@KommandaObbs: It's annoying how a small country like Lesotho has over 17 political parties contesting for general elections.” democracy";
    const article = analyze('Lesotho: General Election Date Set', 'Tweeps were quick to react:', text);
    expect(attribution(article, "It's annoying how a small country")).toMatchObject({ kind: 'direct', speaker: '@KommandaObbs' });
    expect(quotesOf(article).map((q) => q.text)).toContain(
      "It's annoying how a small country like Lesotho has over 17 political parties contesting for general elections.",
    );
  });

  test('a handle named in passing is no post passed on', () => {
    const text = '@Ganyut: thanks to @vankaay for the photos, and RT if you agree';
    expect(passedOnPost(text, handleLabel(text)?.words ?? { start: 0, end: 0 })).toBeNull();
  });
});

// Global Voices (CC BY 3.0), development half: Peru, June 2009.
describe('a handle alone before its tweet', () => {
  test('"@xaxo6v:" alone in its paragraph sets off the tweet after it and its translation as the handle’s', () => {
    const article = analyze(
      'Peru: Deadly Clashes in the Amazon',
      'Many twitterers are following along to reports from the area, and providing their own opinions.',
      '@xaxo6v:',
      '#Bagua recuerdan lo que sucedió cuando sacaron a invasores de los bosques de pomac? será que hay “infiltrados”? o policia solo dispara?',
      'remember what happened when they removed those that invaded the forests of Pomac? could there be “infiltrated”? or do the police only shoot?',
    );
    expect(attribution(article, '#Bagua recuerdan lo que')).toMatchObject({ kind: 'direct', speaker: '@xaxo6v', cue: '@xaxo6v' });
    expect(attribution(article, 'remember what happened')).toMatchObject({ kind: 'direct', speaker: '@xaxo6v' });
  });

  test('only a handle and a colon make the label', () => {
    expect(handleOnly('@xaxo6v:')).toEqual({ start: 0, end: 7 });
    expect(handleOnly('@xaxo6v: hello')).toBeNull();
    expect(handleOnly('Follow @xaxo6v:')).toBeNull();
  });
});
