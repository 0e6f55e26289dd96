import { typeFromStudyPartner } from '../../../../src/core/engine/sources/studyPartner';
import { analyze } from '../attribution/helpers';

// sources/studyPartner.ts: the people a study is said to be a collaboration between are its researchers, experts.

/** The type and evidence read at the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromStudyPartner(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

const STUDY =
  'The study was a collaborative project between Neil Hammerschlag of the Rosenstiel School of Marine and Atmospheric Science at the University of Miami and Chris Fallows of Apex Shark Expeditions, a company that conducts cage diving and shark viewing trips.';

test('a study’s collaborator, quoted later, is an expert (wikinews-great-white-shark-disappears-sevengill-moves-in-2019-02-16)', () => {
  const article = analyze(
    'Great white shark disappears, sevengill moves in',
    STUDY,
    'Fallows remarked, "In 18+ years of working at Seal Island, we had never seen sevengill sharks in our surveys[...] Following the disappearance of white sharks in 2017, sevengill began to show up for the first time and have been increasing in number ever since."',
  );
  const fallows = article.entities.find((e) => e.name === 'Chris Fallows');
  expect([fallows?.sourceType, fallows?.sourceEvidence?.text]).toEqual(['expert', 'Chris Fallows of Apex Shark Expeditions']);
});

test.each([
  ['Chris Fallows', ['expert', 'Chris Fallows of Apex Shark Expeditions']],
  ['Neil Hammerschlag', ['expert', 'Neil Hammerschlag of the Rosenstiel School of Marine']],
])('each one the collaboration is between: %s', (name, expected) => {
  expect(read(STUDY, name)).toEqual(expected);
});

test.each([
  ['The talks were a collaborative project between Ann Lee and Bo Kim.', 'Bo Kim'],
  ['The study was a collaborative project. Bo Kim said it was hard.', 'Bo Kim'],
  ['Bo Kim said the study was a collaborative project between two universities.', 'Bo Kim'],
])('no study, or a name outside its "between": "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});
