import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { headReference } from '../../../../src/core/engine/entities/headReference';
import { analyze, attribution } from '../attribution/helpers';

/** The entity the mention of `word` that follows `after` in the last block is given to, by name. */
function entityAt(texts: ReadonlyArray<string>, after: string, word: string): string | null {
  const index = findEntities(texts, 0);
  const block = texts.length - 1;
  const text = texts[block] ?? '';
  const start = text.indexOf(word, text.indexOf(after));
  return index.byMention.get(`${block}:${start}`)?.name ?? null;
}

describe('"the Church", "the Department": a head word after "the" refers back to the one organisation whose name it ends', () => {
  // Wikinews, "Internet security firm to donate revenue to charity after Anonymous protest of Westboro Baptist Church"
  // (2012-12-20, CC BY 2.5), fresh text read through AMALGUM (AMALGUM_news_revenue), in no corpus half.
  test('"the Church announced their decision" is the Westboro Baptist Church\'s announcement', () => {
    const article = analyze(
      'Internet security firm to donate revenue to charity after Anonymous protest of Westboro Baptist Church',
      'Black Lotus Communications has announced their decision to donate revenue made from the Westboro Baptist Church (WBC) to charity.',
      "The announcement comes after the internet activist group known as Anonymous called on the companies that host and protect the Church's website to discontinue providing services to them after the Church announced their decision to protest funerals of those killed in the December 14 shooting at Sandy Hook Elementary School in Newtown, Connecticut.",
    );
    expect(attribution(article, 'their decision to protest funerals').speaker).toBe('Westboro Baptist Church');
  });

  // wikinews-australian-woman-claims-scientology-imprisonment-2011-12-02 (dev half): no name ends in "Church", so "the
  // Church" stays what the name pass made of it, the Church of Scientology.
  test('"the Church denied these allegations" after "the Church of Scientology" is still that church', () => {
    const texts = [
      'Australian woman claims Church of Scientology imprisoned her for twelve years',
      'Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her for twelve years aboard the Scientology - owned cruise ship, Freewinds.',
      'In a statement to the Australian Broadcasting Corporation, the Church denied these allegations:',
    ];
    expect(entityAt(texts, 'the Church denied', 'Church')).toBe('Church of Scientology');
  });

  test('no "the" before the word, or two organisations ending in it, refer to none', () => {
    const church = { key: 'a', type: 'organization', name: 'Westboro Baptist Church' } as never;
    const other = { key: 'b', type: 'organization', name: 'Catholic Church' } as never;
    expect(headReference('Church', 'after the ', [church])).toBe(church);
    expect(headReference('Church', 'after ', [church])).toBeUndefined();
    expect(headReference('Church', 'after the ', [church, other])).toBeUndefined();
  });
});
