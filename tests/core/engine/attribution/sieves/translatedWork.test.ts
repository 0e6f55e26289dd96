import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/translatedWork.ts: "Below is a selected translation of the transcript:" gives the block to the one whose work
// the sentence before possesses. Sentences from gv-china-weibo-political-space-2012-05-10 (dev half), quoted exactly.

const OPENING =
  'Chicago University Sociology Professor Zhao Dingxin recently delivered a speech entitled "Weibo, Political Space and China Development" at East China Normal University. Zhao\'s reservations on the technological setting and nature of Weibo, a well known Chinese micro-blogging platform, has triggered debate and reflections amongst Chinese bloggers.';
/** A later paragraph of the post that writes his full name again (the name pass then knows him). */
const LATER =
  "Professor Zhao Dingxin's viewpoint reflects his [feeling of] intellectual superiority. In his eyes, “netizens” are irrational, easily manipulated and in lack of common sense. Han Han's fans' intellect has blasphemed common knowledge (they defend him as if he were a miracle or a religion)… But he has forgotten that the popularization of common knowledge cannot be founded by the “cultivation” of “prophecy” of a guru upon the public. It can only be actualized in an open society with free information flow.";
const ORIGINAL =
  '微博是一个彻底民主的同时又是可被操纵性很强的通讯手段。说它是最彻底的民主是因为微博只需写寥寥几句话，只要知道怎么用微博，谁都能写，写得好坏也无所谓。说它可操纵性强，是因为微博中的声音不具有“一人一票”的性质。...只要一个人掌握着大量的金钱或者某种技术，那个人就能通过雇佣水军把自己的声音做大，于是就形成了虚假舆论。这里面可操纵的余地太大。';
const TRANSLATION =
  'Weibo is an absolutely democratic but highly manipulative mode of communication. It is democratic in the sense that the user only need to write a few sentences. Once a person knows how to login, s/he can start writing regardless of the quality. It is manipulative in the sense that each voice does not register the character of an equal vote... If a person controls a lot of money or certain technology, s/he can hire an online army to magnify their voice and create fake public opinion. The space for manipulation is huge.';

test("'Zhao's speech has been partial transcribed … Below is a selected translation of the transcript:' sets off Zhao's words", () => {
  const article = analyze(
    'China: Political Space of the Weibo Blogging Platform',
    OPENING,
    "Zhao's speech has been partial transcribed and published in local newspaper Dongfang Daily (via NetEase) [zh]. Below is a selected translation of the transcript:",
    ORIGINAL,
    TRANSLATION,
    LATER,
  );
  expect(attribution(article, 'Weibo is an absolutely democratic').speaker).toBe('Zhao Dingxin');
});

test('a translation whose work no one owns in the sentence before, or a place owns, is nobody’s', () => {
  // Near misses of the same shape: the transcript is the newspaper's own account; the speech is a city's event.
  const unowned = analyze(
    'China: Political Space of the Weibo Blogging Platform',
    OPENING,
    'The speech has been partial transcribed and published in local newspaper Dongfang Daily (via NetEase) [zh]. Below is a selected translation of the transcript:',
    ORIGINAL,
    TRANSLATION,
    LATER,
  );
  expect(attribution(unowned, 'Weibo is an absolutely democratic').speaker).not.toBe('Zhao Dingxin');
  const place = analyze(
    'China: Political Space of the Weibo Blogging Platform',
    OPENING,
    "Shanghai's speech contest has been transcribed [zh]. Below is a selected translation of the transcript:",
    ORIGINAL,
    TRANSLATION,
  );
  expect(attribution(place, 'Weibo is an absolutely democratic').speaker).not.toBe('Shanghai');
});
