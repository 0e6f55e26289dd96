import { typeFromTakenOffice } from '../../../../src/core/engine/sources/swornRole';
import { analyze } from '../attribution/helpers';

// sources/swornRole.ts: one said to have been sworn in, appointed or elected as a role holds it.

/** The type and evidence read after the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromTakenOffice(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test('one sworn in as a governor speaks as an official (wikinews-puerto-rico-governor-rossello-resigns-2019-08-04)', () => {
  const article = analyze(
    'Puerto Rico Governor Rosselló resigns',
    "On Friday, Ricardo Rosselló Nevares resigned as the governor of United States commonwealth of Puerto Rico and Pedro Pierluisi was sworn in at 5 p.m. local time (2100 UTC) as Puerto Rico's new governor.",
    'Pierluisi said from LA Fortaleza\'s Hall of Mirrors, "If the Senate confirms me, I will be governor until 2020. If the Senates does not confirm me, I will be governor until next Wednesday."',
  );
  const pierluisi = article.entities.find((e) => e.name === 'Pedro Pierluisi');
  expect([pierluisi?.sourceType, pierluisi?.sourceEvidence?.text]).toEqual(['official', "Puerto Rico's new governor"]);
});

test.each([
  ["Pierluisi was sworn in as governor on August 2 following Rosselló's resignation.", 'Pierluisi', ['official', 'governor']],
  ["Garced was sworn in as Puerto Rico's governor at 5:00 p.m.", 'Garced', ['official', "Puerto Rico's governor"]],
])(
  'the role after "as", up to its time or place, is the one taken: "%s" (wikinews-puerto-rico-supreme-court-removes-pierluisi-2019-08-08)',
  (text, name, expected) => {
    expect(read(text, name)).toEqual(expected);
  },
);

test.each([
  ['Smith was sworn in on Monday. As governor, Jones said', 'Smith'],
  ['Lee was appointed as part of a deal with the union.', 'Lee'],
  ['Kim was sworn in as the crowd cheered.', 'Kim'],
])('no role, or one past the sentence\'s end, gives no type: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});
