import { asHeldNow } from '../../../../src/core/engine/sources/formerRole';
import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// formerRole.ts: an official or a spokesperson the text calls former speaks for themself. Sentences from fresh
// Wikinews articles (CC BY 2.5, 2019), in neither half of tests/fixtures/real.

const typeOf = (article: Article, name: string) => article.entities.find((e) => e.name === name)?.sourceType;

describe('a role held no longer', () => {
  test.each([
    ['official', ['former']],
    ['spokesperson', ['ex-spokesman']],
    ['official', ['retired']],
  ] as const)('a former %s is a citizen', (type, before) => {
    expect(asHeldNow(type, before)).toBe('citizen');
  });

  test.each(['expert', 'witness', 'citizen'] as const)('a former %s keeps the type: knowledge and presence do not lapse', (type) => {
    expect(asHeldNow(type, ['former'])).toBe(type);
  });

  test('a role still held stays what it is', () => {
    expect(asHeldNow('official', ['the', 'new'])).toBe('official');
  });
});

describe('on fresh news', () => {
  // "New South Wales decriminalises abortion", 2019-09-26.
  test('"Former prime minister Tony Abbott said" quotes a citizen, not an official', () => {
    const article = analyze(
      'New South Wales decriminalises abortion',
      'Former prime minister Tony Abbott said, "It is a license for sex-selection abortions."',
    );
    expect(typeOf(article, 'Tony Abbott')).toBe('citizen');
  });

  test('a prime minister in office stays an official', () => {
    const article = analyze('New South Wales decriminalises abortion', 'Prime minister Tony Abbott said, "It is a license for sex-selection abortions."');
    expect(typeOf(article, 'Tony Abbott')).toBe('official');
  });
});
