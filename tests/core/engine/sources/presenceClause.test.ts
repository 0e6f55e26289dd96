import { typeFromPresence } from '../../../../src/core/engine/sources/presenceClause';
import { analyze } from '../attribution/helpers';

// sources/presenceClause.ts: one said to have been at the event, or to have recorded it, is a witness.

/** The type and evidence read after the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromPresence(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test.each([
  [
    'The following is an eye-witness account [ar] by blogger Bassem Zakaria El-Samragy, who was at the sit-in. Bassem writes:',
    'Bassem Zakaria El-Samragy',
    'Bassem Zakaria El-Samragy, who was at the sit-in',
  ],
  [
    '"Ironically, the guy behind me got a phone call saying there was a tornado warning," said Lisa Lynn, who was attending the game at the Georgia Dome.',
    'Lisa Lynn',
    'Lisa Lynn, who was attending the game',
  ],
  ['Journalist Tom Finn was at the scene:', 'Tom Finn', 'Tom Finn was at the scene'],
  [
    'Tina Tilley, head of the local chamber of commerce, was at the show and said "From where we were we could see the jet came down very low',
    'Tina Tilley',
    'Tina Tilley, head of the local chamber of commerce, was at the show',
  ],
  [
    'According to film director Nikos Soulis, who recorded the incident, the man was burning garbage:',
    'Nikos Soulis',
    'Nikos Soulis, who recorded the incident',
  ],
])('one said to have been there is a witness: "%s"', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['witness', evidence]);
});

test.each([
  ['Ana Ruiz, who was at the ministry for ten years, said', 'Ana Ruiz'],
  ['Margaret Atwood, the Booker Prize-winner, was there to launch her graphic novel', 'Margaret Atwood'],
  ['Paul Adams, who recorded the album in 1998, said', 'Paul Adams'],
])('a clause that tells of a post, a visit or a work gives no type: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});

test('a blogger said to have been there is a witness, not a citizen (gv-egypt-abbassiya-clashes-eyewitness-2012-05-02)', () => {
  const article = analyze(
    'Egypt: Abbassiya clashes',
    'The following is an eye-witness account [ar] by blogger Bassem Zakaria El-Samragy, who was at the sit-in. Bassem writes:\n\n"We were attacked from every side."',
  );
  const bassem = article.entities.find((e) => e.name === 'Bassem Zakaria El-Samragy');
  expect(bassem?.sourceType).toBe('witness');
});
