import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// Sentences from fresh NASA pages (public domain), in neither half of tests/fixtures/real.
const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  ['NASA astronauts Stephen Bowen and Warren “Woody” Hoburg visited the center.', 'Warren Hoburg'],
  ['The plates bear the names of Dan Billow, Michael R. Brown, and Margaret (Maggie) Persinger.', 'Margaret Persinger'],
  ['Apollo 12 commander Charles “Pete” Conrad flew to the Moon in 1969.', 'Charles Conrad'],
  ['Apollo 11 astronauts Neil A. Armstrong, left, Michael Collins, and Edwin E. “Buzz” Aldrin pose with their spacecraft.', 'Edwin E. Aldrin'],
  ['Launch pad manager John J. “Tip” Talone concluded of the quick action, “It worked like a champ.”', 'John J. Talone'],
])('a nickname in quotation marks or parentheses inside a name leaves one person: %s', (text, name) => {
  const people = peopleIn(text);
  expect(people).toContain(name);
  expect(people.filter((p) => name.endsWith(p) || name.startsWith(p))).toEqual([name]);
});

test.each([['Students from Jackson County (Mississippi) Career and Technical Center attended.'], ['NASA Administrator (Bill) Nelson spoke.']])(
  'a word in brackets between capitalised words that are no first name and surname makes no such person: %s',
  (text) => {
    expect(peopleIn(text)).not.toContain('County Career');
    expect(peopleIn(text)).not.toContain('Administrator Nelson');
  },
);

// NASA, "Astronaut Woody Hoburg visits Goddard", 2024 (public domain).
test('the surname speaking later finds the person whose nickname was written inside the name', () => {
  const article = analyzeArticle(
    [
      'Astronaut visits Goddard',
      'NASA astronauts Stephen Bowen and Warren “Woody” Hoburg met Goddard employees on March 18, 2024.',
      '“The long history is really amazing, of all the contributions Goddard has made,” Hoburg said.',
    ].join('\n\n'),
  );
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('The long history'));
  expect(article.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Warren Hoburg');
});
