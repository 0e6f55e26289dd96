import { splitCreditGluedNames } from '../../../../src/core/engine/entities/creditGluedNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { nameGroups } from '../../../../src/core/engine/entities/nameGroups';

// nasa_article_825 of NASA_RAG (Dream Chaser at NASA's Armstrong Test Facility, February 2024), fresh text in neither half
// of tests/fixtures/real: the gallery's captions come joined, each credit glued to the next caption's first words.
const CAPTIONS =
  'Sierra Space’s Dream Chaser spaceplane and its Shooting Star Cargo module stacked inside the Mechanical Vibration Facility. Credit: NASA/Jef Janis Tom Vice, chief executive officer of Sierra Space, offers remarks about the company’s Dream Chaser spaceplane during a media event. Credit: NASA/Jef Janis Phil Dempsey, transportation integration manager for the International Space Station Program, speaks to members of the media.';

test('a caption’s opening name glued to the credit before it is the person the caption is about, and the credit is no one', () => {
  const people = findEntities(['Dream Chaser arrives', CAPTIONS], 0).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toEqual(['Tom Vice', 'Phil Dempsey']);
  expect(people.map((p) => p.role)).toEqual(['chief executive officer', 'transportation integration manager']);
});

test('runs after a credit’s slash that are one name, or not right after it, stay whole', () => {
  const words = (text: string) => splitCreditGluedNames(text, nameGroups(text)).map((g) => g.words.join(' '));
  expect(words('Credit: NASA/Bill Ingalls')).toContain('Bill Ingalls');
  expect(words('Students met Jef Janis Tom Vice at the center.')).toContain('Jef Janis Tom Vice');
  expect(words('Credit: NASA/Kim Shiflett Launch Complex 39A stands ready.')).not.toContain('Kim Shiflett');
});

test('a credit whose last word the caption’s name repeats ends at its own word, not the name’s', () => {
  const groups = (text: string) => splitCreditGluedNames(text, nameGroups(text)).map((g) => text.slice(g.start, g.end));
  expect(groups('Credit: NASA/Ann Mark Mark Kelly speaks to members of the media.')).toEqual(['Credit', 'NASA', 'Ann Mark', 'Mark Kelly']);
});
