import { typeFromWitnessClause } from '../../../../src/core/engine/sources/witnessClause';
import { analyze } from '../attribution/helpers';

// sources/witnessClause.ts: one a relative clause says was there or was hurt is a witness.

/** The type and evidence read after the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromWitnessClause(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test('one who witnessed the crash is a witness (wikinews-driver-new-hampshire-motorcycle-crash-pleads-not-guilty)', () => {
  const article = analyze(
    'Driver in New Hampshire motorcycle crash pleads not guilty',
    'Travis Hood, who witnessed the collision, said "I don\'t really don\'t know what he was doing [...] The truck pretty much was like in the middle of the yellow line."',
  );
  const hood = article.entities.find((e) => e.name === 'Travis Hood');
  expect([hood?.sourceType, hood?.sourceEvidence?.text]).toEqual(['witness', 'Travis Hood, who witnessed the collision']);
});

test.each([
  ['Mary Jones, who survived the attack, said', 'Mary Jones', 'Mary Jones, who survived the attack'],
  ['Ali Khan, who was injured in the blast, told reporters', 'Ali Khan', 'Ali Khan, who was injured in the blast'],
])('a clause of having been there or been hurt makes a witness: "%s"', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['witness', evidence]);
});

test.each([
  ['Jo Park, who saw an opportunity in the market, said', 'Jo Park'],
  ['Sam Lee, who was injured last season, said', 'Sam Lee'],
  ['Kim Ode, who witnessed', 'Kim Ode'],
])('a clause that says nothing of having been there gives no type: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});
