import { describe, expect, test } from 'vitest';
import { postedOn } from '../../../../src/core/engine/attribution/postedOn';
import { analyze, attribution } from './helpers';

// postedOn.ts: a statement or a post "on" a site or platform is the document's, not the platform's, words.

const documentBefore = (sentence: string, name: string) => {
  const span = postedOn(sentence, 0, sentence.indexOf(name));
  return span && sentence.slice(span.start, span.end);
};

describe('a document posted on a platform', () => {
  test('"An official statement on the Twitter-like Sina Weibo says …" names the statement, not the platform (gv-china-bo-xilai-social-media-2012-05-11)', () => {
    expect(documentBefore('An official statement on the Twitter-like Sina Weibo says', 'Sina Weibo')).toBe('An official statement');
    expect(documentBefore('A post published on Facebook said', 'Facebook')).toBe('A post');
  });

  test('a paper\'s own piece "in" it, and words that are no document, are left alone', () => {
    expect(documentBefore('An editorial in the Globe and Mail says', 'Globe and Mail')).toBeNull();
    expect(documentBefore('Bloggers on Sina Weibo say', 'Sina Weibo')).toBeNull();
  });

  test('the quote goes to the statement, never to Sina Weibo', () => {
    const article = analyze(
      'China: In Bo Xilai Saga, Did Social Media Challenge Government?',
      'Wang Lijun, the police chief of Chongqing, fled to the US consulate in Chengdu.',
      'An official statement on the Twitter-like Sina Weibo says Wang has been temporarily removed from his post for a “vacation-style therapy”. The phrase becomes an ironic meme on the Chinese Internet.',
    );
    expect(attribution(article, 'Wang has been temporarily').speaker).toBe('An official statement');
  });

  test('a post on Facebook with no author named stays unattributed', () => {
    const article = analyze('Malawi: Bloggers react', 'The march was planned for Friday.', 'A post on Facebook said the protest would go ahead in Lilongwe.');
    expect(attribution(article, 'the protest would go ahead').speaker).toBeNull();
  });
});
