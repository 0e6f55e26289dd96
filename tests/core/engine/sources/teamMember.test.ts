import { typeFromTeamMember } from '../../../../src/core/engine/sources/teamMember';
import { analyze } from '../attribution/helpers';

// sources/teamMember.ts: one of a legal or a research team speaks from knowledge.

/** The type and evidence read after the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromTeamMember(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test('a member of the defendant’s legal team is an expert (wikinews-avenatti-convicted-attempted-extortion-2020-02-15)', () => {
  const article = analyze(
    'Avenatti convicted of attempted extortion',
    "Scott Srebnick, a member of Avenatti's legal team, announced Avenatti intended to appeal the conviction.",
  );
  const srebnick = article.entities.find((e) => e.name === 'Scott Srebnick');
  expect([srebnick?.sourceType, srebnick?.sourceEvidence?.text]).toEqual(['expert', "a member of Avenatti's legal team"]);
});

test.each([
  ['Ann Ode, who is part of the research team, said', 'Ann Ode', ['expert', 'part of the research team']],
  ['Jo Kim, a member of the defence team, said', 'Jo Kim', ['expert', 'a member of the defence team']],
])('a member of a research or a defence team is an expert: "%s"', (text, name, expected) => {
  expect(read(text, name)).toEqual(expected);
});

test.each([
  ['Tim Lee, a member of the national team, said', 'Tim Lee'],
  ['Sam Ray, a member of the campaign team, said', 'Sam Ray'],
  ['Bo Li, a member of the party, said', 'Bo Li'],
])('a team of another kind says nothing: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});
