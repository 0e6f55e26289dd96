import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/possessedView.ts: a colon sentence whose subject is a named source's view sets off that source's words.
// Paragraphs from gv-china-weibo-political-space-2012-05-10 (dev half), quoted exactly.

const ORIGINAL =
  '固然，微博空间是个大杂烩，其中高雅与低俗并存，美丽与丑陋同行，真相与谣言齐飞。但同时，与传统媒体相比，微博具有更高效的记忆功能：要证明传统媒体在两年前曾经说谎，你或许需要亲自跑一趟档案馆；而要证明一名微博大V两年前曾经说过谎，则只需要点击一下鼠标。因此，微博空间虽然谣言横飞，但其自身便具备了自洁功能，任何试图用谎言、谣言或其他各种极端思想来“操纵网民”作法最终都只会落人笑柄。';
const TRANSLATION =
  'The Weibo space is highly diversified. High and low culture, beauty and ugliness, truth and rumor co-exist. However, when compared with the conventional media, Weibo has very good memory function. If we have to prove that a conventional media told a lie two years ago, we have to dig into its archive. If we have to prove a Weibo opinion leader for telling a lie two years ago, we just need to hit our keyboard. Although there are a lot of rumors in Weibo, the rumors would be cleared in time. Lies, rumors and other manipulative acts would become a joke eventually.';

test("'Blogger Shan Gu's view echoed with [zh] Zuo Zhijian's criticism and looked deeper …:' sets off Shan Gu's post", () => {
  const article = analyze(
    'China: Political Space of the Weibo Blogging Platform',
    "Blogger Shan Gu's view echoed with [zh] Zuo Zhijian's criticism and looked deeper into the nature of Weibo as an open platform:",
    ORIGINAL,
    TRANSLATION,
  );
  expect(attribution(article, ORIGINAL.slice(0, 20)).speaker).toBe('Shan Gu');
  expect(attribution(article, TRANSLATION.slice(0, 20)).speaker).toBe('Shan Gu');
});

test('a view that is the object of a passive, or a place’s, is not its owner’s words', () => {
  // Near misses of the same shape: "was echoed by" reports another's words; "China's view" names a place.
  const passive = analyze(
    'China: Political Space of the Weibo Blogging Platform',
    "Blogger Shan Gu's view was echoed by [zh] Zuo Zhijian, who looked deeper into the nature of Weibo as an open platform:",
    ORIGINAL,
    TRANSLATION,
  );
  expect(attribution(passive, TRANSLATION.slice(0, 20)).speaker).not.toBe('Shan Gu');
  const place = analyze(
    'China: Political Space of the Weibo Blogging Platform',
    "China's view echoed with [zh] Zuo Zhijian's criticism and looked deeper into the nature of Weibo as an open platform:",
    ORIGINAL,
    TRANSLATION,
  );
  expect(attribution(place, TRANSLATION.slice(0, 20)).speaker).not.toBe('China');
});
