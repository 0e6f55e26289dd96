import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/pairedOriginal.ts: a block quotation printed as pairs of an original paragraph and its English goes on with
// the next pair, whatever marks it holds. Paragraphs from gv-china-weibo-political-space-2012-05-10 (dev half), quoted
// exactly: the transcript of Zhao Dingxin's speech in three pairs, the third quoting “乌合之众”.

const HEADLINE = 'China: Political Space of the Weibo Blogging Platform';
const OPENING =
  'Chicago University Sociology Professor Zhao Dingxin recently delivered a speech entitled "Weibo, Political Space and China Development" at East China Normal University. Zhao\'s reservations on the technological setting and nature of Weibo, a well known Chinese micro-blogging platform, has triggered debate and reflections amongst Chinese bloggers.';
const CUE =
  "Zhao's speech has been partial transcribed and published in local newspaper Dongfang Daily (via NetEase) [zh]. Below is a selected translation of the transcript:";
const PAIRS = [
  '微博是一个彻底民主的同时又是可被操纵性很强的通讯手段。说它是最彻底的民主是因为微博只需写寥寥几句话，只要知道怎么用微博，谁都能写，写得好坏也无所谓。说它可操纵性强，是因为微博中的声音不具有“一人一票”的性质。...只要一个人掌握着大量的金钱或者某种技术，那个人就能通过雇佣水军把自己的声音做大，于是就形成了虚假舆论。这里面可操纵的余地太大。',
  'Weibo is an absolutely democratic but highly manipulative mode of communication. It is democratic in the sense that the user only need to write a few sentences. Once a person knows how to login, s/he can start writing regardless of the quality. It is manipulative in the sense that each voice does not register the character of an equal vote... If a person controls a lot of money or certain technology, s/he can hire an online army to magnify their voice and create fake public opinion. The space for manipulation is huge.',
  '前台行为和后台行为的区隔是我们社会文明处事的一个很重要的原则。但是在微博的公共空间中前台行为和后台行为的界限不再清晰。微博中的言论是面向社会的，它们本来应该是前台行为。但是微博中许多人并不在自己熟悉的圈子内混，不少人的真实面目我们完全不清楚。这些人因此能在微博中动辄破口大骂，而不怕受到惩罚。从这个意义上来说，微博公共空间的出现把人类的许多后台行为前台化了，这就是微博语言暴力趋向背后的结构性原因。',
  "The distinction between front-stage and back-stage behavior marks the principle of our social manner. However, in Weibo, the line between front-stage and back-stage has been blurred. The speech in Weibo is directed to society and thus should be considered as front-stage behavior. However, many Weibo users are not hanging around with their own social circle and the users don't know each other's real self. Hence, they can swear and get away with peer pressure. In this sense, the public sphere of Weibo has turned the back-stage into the front-stage. This is the structural explanation for the verbal violence and abusive language [evident] in Weibo.",
];
const THIRD_ORIGINAL =
  '从一定意义上说，在微博公共空间中，人们的表现会接近于勒庞所描述的“乌合之众”，他们一方面表现得特别不服从权威，另一方面又在操纵下特别容易对权威产生崇拜甚至盲从。微博中的狂热之士很像“文革”中的红卫兵：一方面喊着打倒一切、怀疑一切；另一方面喊着谁敢反对某个权威我们就打倒谁。';
const THIRD_ENGLISH =
  "In some sense, people are acting like Gustave Le Bon's description of \"the crowd\" in Weibo's public sphere. They are against authority on the one hand, but on the other hand worship authority. Some Weibo fanatics are acting like the Red Guards in the Chinese Cultural Revolution: tearing down everything and putting everything in doubt, while at the same time attacking whosoever opposes the leader's [here means Mao Tzedong] authority.";
/** The post's writer again, after the transcript. */
const NARRATION =
  "Zhao pointed out that most of the debates in Weibo are ideological and he used famous Chinese writer Han Han's ghostwriter scandal as an example to explain his point:";
/** A later paragraph that writes his full name (the name pass then knows him). */
const LATER =
  "Professor Zhao Dingxin's viewpoint reflects his [feeling of] intellectual superiority. In his eyes, “netizens” are irrational, easily manipulated and in lack of common sense. Han Han's fans' intellect has blasphemed common knowledge (they defend him as if he were a miracle or a religion)… But he has forgotten that the popularization of common knowledge cannot be founded by the “cultivation” of “prophecy” of a guru upon the public. It can only be actualized in an open society with free information flow.";

test('the third pair of the transcript, quoting “乌合之众” and "the crowd", is still the speaker\'s', () => {
  const article = analyze(HEADLINE, OPENING, CUE, ...PAIRS, THIRD_ORIGINAL, THIRD_ENGLISH, NARRATION, LATER);
  expect(attribution(article, THIRD_ORIGINAL.slice(0, 20)).speaker).toBe('Zhao Dingxin');
  expect(attribution(article, THIRD_ENGLISH.slice(0, 20)).speaker).toBe('Zhao Dingxin');
});

test('an original whose English does not follow it does not go on with the pairs', () => {
  // Near miss: the writer's own paragraph comes between the original and the next paragraph.
  const article = analyze(HEADLINE, OPENING, CUE, ...PAIRS, THIRD_ORIGINAL, NARRATION, THIRD_ENGLISH, LATER);
  expect(attribution(article, THIRD_ORIGINAL.slice(0, 20)).speaker).not.toBe('Zhao Dingxin');
});
