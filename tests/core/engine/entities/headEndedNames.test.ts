import { endsInNonPersonHead } from '../../../../src/core/engine/entities/headEndedNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// Sentences from fresh English Wikinews (CC BY 2.5) and US Army pages (public domain), in neither half of
// tests/fixtures/real.
const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  ['Bishop Gutierrez, 79, died early yesterday morning, in a General Santos City hospital.', 'Santos City'],
  ["Authorities reported 36 infections at General Bernardo O'Higgins Riquelme Base in Trinity Peninsula, Antarctica.", "Bernardo O'Higgins Riquelme Base"],
  ['Seattle cleared the autonomous CHAZ/CHOP (Capitol Hill Autonomous Zone/Capitol Hill Organized Protest).', 'Hill Autonomous Zone'],
  ['Seattle cleared the autonomous CHAZ/CHOP (Capitol Hill Autonomous Zone/Capitol Hill Organized Protest).', 'Hill Organized Protest'],
  ['The family had been travelling 700 miles from Louisiana to Walt Disney World and was within an hour of its destination.', 'Walt Disney World'],
  ['Mysore district comes under the South West Railway (SWR) branch of the Indian Railway.', 'West Railway'],
  ['The cockpit voice recorder from Lion Air Flight 610 has been recovered from the Java Sea.', 'Lion Air Flight'],
  ['He aligned with Rowan as part of The Wyatt Family faction.', 'Wyatt Family'],
  ['A comprehensive Noncommissioned Officer Education System made Army professional military education a model.', 'Education System'],
  ['Gupta was standing between the south lawn of the White House and the Washington Monument.', 'Washington Monument'],
  ['The event played host to the Rocket League WGN North American Championship, with the winning team receiving C$10,000.', 'North American Championship'],
  ["The NHC's Hurricane Humberto Advisory Number 14, released at 11:00 p.m. EDT on Sunday, said the storm had strengthened.", 'Humberto Advisory Number'],
  ['Wikinews attended the Mini Maker Faire in Tyler, Texas.', 'Mini Maker Faire'],
  ['Warming has been unusual since the discovery of the phenomenon knows as El Niño, in which vast regions warm.', 'El Niño'],
])('a name ending in a place or thing head word is no person: %s', (text, name) => {
  expect(peopleIn(text)).not.toContain(name);
});

// gv-russia-violence-opposition-debate-tactics-2012-05-07 (development half, Global Voices 2012, CC BY 3.0).
test('a march is an event, however its name reads ("Moscow\'s "Million Man March"")', () => {
  const texts = [
    'The countless aspects and minutia of Moscow\'s "Million Man March" (which attracted about a tenth of that many people, according to the very highest estimates) are already the subject of immeasurable debate.',
    'By abandoning the usual moderate speakers of past demonstrations, Kashin argues that the "Million Man March" succeeded in revealing the true nature of today\'s Russian authorities:',
    'The events of Moscow\'s "Million Man March," which clearly divide oppositionists and pro-Kremlin activists, will also exacerbate the internal frictions among the anti-Putin protesters.',
  ];
  expect(peopleIn(...texts)).not.toContain('Million Man March');
});

test.each(['Kevin Hall', 'Doris Day', 'Mia Love', 'Bill Hill', 'J. Tower', 'Juan Niño'])(
  'a head word that is also a surname closes a name after a given name: %s',
  (name) => {
    expect(endsInNonPersonHead(name)).toBe(false);
  },
);

test('a head-word surname still names its person in a sentence', () => {
  expect(peopleIn('Rocky Radcliff, Kevin Hall, and Herman Rijfkogel were rescued.')).toContain('Kevin Hall');
});

test('after a title, a head word that is also a surname closes a name: "Judge Durham Hall" (nine-jailed-bradford)', () => {
  expect(endsInNonPersonHead('Durham Hall', true)).toBe(false);
  expect(endsInNonPersonHead('Durham Hall')).toBe(true);
  expect(peopleIn('Judge Durham Hall QC said they "appear not to have shown any remorse".')).toContain('Durham Hall');
});

// Fresh NASA pages (public domain): a landform or a probe named after a person, or after a given name, is no one.
test.each([
  ['Since 2014, Curiosity has been ascending the foothills of Mount Sharp, which stands 3 miles (5 kilometers) above the floor of Gale Crater.', 'Gale Crater'],
  ['The Parker Solar Probe, during its 16th close pass of the Sun in June 2023, took a series of photographs through the Sun’s corona.', 'Parker Solar Probe'],
])('a landform or a probe: %s', (sentence, name) => {
  expect(peopleIn(sentence)).not.toContain(name);
});
