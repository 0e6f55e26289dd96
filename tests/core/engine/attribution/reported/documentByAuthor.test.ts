import { describe, expect, test } from 'vitest';
import { documentByAuthor } from '../../../../../src/core/engine/attribution/reported/documentByAuthor';
import { analyze, attribution } from '../helpers';

// reported/documentByAuthor.ts: a final cue whose inverted subject is a document and the name of who issued it.

describe('"…, states a resolution by <name>": the document speaks as its named author', () => {
  // gv-russia-governor-resignations-2012-05-07 (development half).
  test('"Residents of Permskiy Krai view this as a betrayal, states a resolution [ru] by the Perm Coalition …" is the Coalition\'s', () => {
    const article = analyze(
      'Russia: Surprise Resignations Threaten New Governor Elections',
      'Residents of Permskiy Krai view this as a betrayal, states a resolution [ru] by the Perm Coalition for Direct Elections [ru]:',
      'The replacement of the head of the region using an old procedure... is a political insult and disrespect towards the citizens... of a three million strong region that has earned these elections and is already actively preparing for them.',
    );
    expect(attribution(article, 'Residents of Permskiy Krai view this as a betrayal')).toMatchObject({
      kind: 'reported',
      speaker: 'Perm Coalition for Direct Elections',
    });
  });

  test('reads a document and a capitalised author, not a clause of its own nor an unnamed author', () => {
    expect(documentByAuthor(' a resolution [ru] by the Perm Coalition for Direct Elections [ru]')).toBe(true);
    expect(documentByAuthor(' a statement from the White House')).toBe(true);
    expect(documentByAuthor(' a report by officials')).toBe(false);
    expect(documentByAuthor(' a statement by the ministry was false')).toBe(false);
    expect(documentByAuthor(' the plan')).toBe(false);
  });
});
