import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { introducesPost } from '../../../../src/core/engine/entities/postIntroductions';

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// Paragraphs of fresh Global Voices round-ups (CC BY 3.0), in neither half of tests/fixtures/real.
test.each([
  ['Naveeda Valentina tweets:', 'Naveeda Valentina'],
  ['Mubiana Sitwala disagrees:', 'Mubiana Sitwala'],
  ['Gift Mbewe reminds Zambians that this is not the first time Zambia experiences fuel shortages:', 'Gift Mbewe'],
  ['Rieya Piscano comments on the ongoing ‘cyberwar’ between nationalist netizens of the two countries:', 'Rieya Piscano'],
])('a round-up’s writer introduced by a verb and a colon is a person: %s', (text, name) => {
  expect(peopleIn('Netizens reacted to the news on Facebook.', text, 'The post goes on at length.')).toContain(name);
});

test('a blog’s name written in lower case elsewhere stays no person', () => {
  expect(peopleIn('Gist Only writes:', 'It is only a game, the post says.')).not.toContain('Gist Only');
});

test.each([
  ['Listing Mofaz as a loser, she explained:', ['Listing', 'Mofaz']],
  ['Several bloggers wrote about it, thus:', ['Several', 'Bloggers']],
])('a short word or an adverb after the name introduces no post: %s', (text, words) => {
  expect(introducesPost(words, true, text.slice(words.join(' ').length))).toBe(false);
});

test('a name inside its sentence introduces no post', () => {
  expect(introducesPost(['Yesmeen', 'Ali'], false, ' tweets:')).toBe(false);
  expect(introducesPost(['Yesmeen', 'Ali'], true, ' tweets:')).toBe(true);
});
