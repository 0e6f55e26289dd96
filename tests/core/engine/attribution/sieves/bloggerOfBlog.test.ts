import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/bloggerOfBlog.ts: a blogger's handle, "of" and the blog's title head a colon sentence; the handle speaks.

test('\'LEvko of Foreign Notes explained "why …":\' gives the excerpt to the blogger LEvko, not to "LEvko of Foreign Notes" (gv-ukraine-tymoshenko-euro-2012-boycott-2012-05-17)', () => {
  const article = analyze(
    'Ukraine: Should Europe Boycott Euro 2012 over Tymoshenko?',
    'LEvko of Foreign Notes explained "why Ukraine\'s Euro 2012 [would] not be as big a success as hoped":',
    '[...] In previous tournaments, in my experience, many fans have made an extended holiday of their visits to countries hosting such events; days between matches being spent on the beach, sightseeing, etc. etc.',
  );
  expect(attribution(article, '[...] In previous tournaments').speaker).toBe('LEvko');
  // A handle is an account's label, no person's name (the annotation guide's decision on handles).
  expect(article.entities.find((e) => e.name === 'LEvko')?.type).not.toBe('person');
});

test('a handle before "of" and its blog with a language tag, in the same shape', () => {
  const article = analyze(
    'Peru: Clashes in the Amazon',
    'MsLiberty of Las Burbujas Recargadas [es] writes:',
    'This will end badly. In fact, it is already going pretty badly.',
  );
  expect(attribution(article, 'This will end badly').speaker).toBe('MsLiberty');
});

test('"Ministry of Tofu writes:": a title whose first word is a common one stays the blog\'s (gv-china-bo-xilai-social-media-2012-05-11)', () => {
  const article = analyze(
    'China: In Bo Xilai Saga, Did Social Media Challenge Government?',
    'Ministry of Tofu writes:',
    'Bo Xilai is a very popular figure among netizens.',
  );
  expect(attribution(article, 'Bo Xilai is a very').speaker).toBe('Ministry of Tofu');
});

test('a blogger who quotes another gives the floor away', () => {
  const article = analyze(
    'Ukraine: Euro 2012',
    'LEvko of Foreign Notes quoted Valery Kalnysh:',
    'The tsunami of bad press in the mass media has done its damage.',
  );
  const speakers = quotesOf(article).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
  expect(speakers).not.toContain('LEvko');
});
