import { isLegislator, typeFromWeakSigns } from '../../../../src/core/engine/sources/weakSigns';

/** The type and evidence read around the mention `name` in `text`. */
function read(text: string, name: string, roleNear = false): [string, string] | null {
  const start = text.indexOf(name);
  const mention = { block: 0, start, end: start + name.length };
  const found = typeFromWeakSigns(text, mention, name, roleNear);
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test.each([
  'A member of the Tunisian Parliament',
  'a member of the Rajya Sabha',
  'a Polish politician and Member of the European Parliament',
  "a member of Switzerland's lower house of representatives",
])('"%s" is a legislator', (phrase) => {
  expect(isLegislator(phrase)).toBe(true);
});

test.each(['a member of United Russia', 'a member of the bar in Goma', 'a member of the public'])('"%s" is no legislator', (phrase) => {
  expect(isLegislator(phrase)).toBe(false);
});

test('one speaking for a body is its spokesperson', () => {
  expect(read("Ali Reza Raisi, speaking for the country's Health Ministry, reported", 'Ali Reza Raisi')).toEqual([
    'spokesperson',
    "Ali Reza Raisi, speaking for the country's Health Ministry",
  ]);
});

test('a doctor named by "Dr" speaks from knowledge', () => {
  expect(read('Wikinews caught up with Dr Christian Keysers and Dr Valeria Gazzola', 'Valeria Gazzola')).toEqual(['expert', 'Dr Valeria Gazzola']);
  expect(read('Dr. Steven Wolf at Saint Francis said', 'Dr. Steven Wolf')).toEqual(['expert', 'Dr. Steven Wolf']);
});

test('"Dr" says nothing where a role word stands near, which may be what they speak as', () => {
  expect(read('the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed', 'Ali bin Tamim', true)).toBeNull();
});
