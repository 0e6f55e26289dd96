import { asClausePronoun } from '../../../../src/core/engine/sources/asClausePronoun';

// sources/asClausePronoun.ts: the he or she of an as-clause closing a cue is the cue's speaker.

/** The gender and the pronoun's words read after `name`, the block one sentence; `others` are other people named. */
function read(text: string, name: string, others: Array<string> = []): [string, string] | null {
  const start = text.indexOf(name);
  const people = others.map((o) => ({ start: text.indexOf(o), end: text.indexOf(o) + o.length }));
  const found = asClausePronoun(text, { start: 0, end: text.length }, start, start + name.length, 0, people);
  return found ? [found.gender, text.slice(found.at.start, found.at.end)] : null;
}

test.each([
  // usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11: past the appositive.
  [
    '“A sort of digital flash mob,” said Ryan Panchadsaram, the federal government’s deputy chief technology officer, as he pumped up the crowd.',
    'Ryan Panchadsaram',
    ['male', 'he'],
  ],
  [
    '“We’re together to revel in the stuff we shipped,” said Hillary Hartley, deputy executive director of 18F, as she greeted the crowd in the GSA conference center.',
    'Hillary Hartley',
    ['female', 'she'],
  ],
  ['“We are done,” Jane Doe said as she left the room.', 'Jane Doe', ['female', 'she']],
])('"%s" states the speaker\'s gender', (text, name, expected) => {
  expect(read(text, name)).toEqual(expected);
});

test.each([
  ['“We are done,” said Jane Doe, a friend of John Smith, as he left the room.', 'Jane Doe', ['John Smith'], 'another person is named before the pronoun'],
  ['The panel thanked Jane Doe, as she left the room.', 'Jane Doe', [], 'the name is no cue’s speaker'],
  ['“We are done,” said Jane Doe, as they left the room.', 'Jane Doe', [], 'a pronoun of no gender'],
  ['Jane Doe told John Smith as he left the room.', 'Jane Doe', ['John Smith'], 'told, not said: the one told may leave'],
])('"%s" states none: %s', (text, name, others) => {
  expect(read(text, name, others)).toBeNull();
});
