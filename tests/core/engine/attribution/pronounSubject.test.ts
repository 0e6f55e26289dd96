import { describe, expect, test } from 'vitest';
import { pronounSubject } from '../../../../src/core/engine/attribution/pronounSubject';
import { walkedTo } from './walkedTo';

// pronounSubject.ts: the speaker a personal pronoun stands for — bound in its own sentence first, else the discourse's
// latest referent — read from the pronoun's first letter in the article's last paragraph. Sentences from the
// development half of tests/fixtures/real.

/** The speaker the pronoun opening at `words` stands for: its name, the pronoun's words, the resolution and antecedent. */
function standsFor(words: string, headline: string, ...paragraphs: Array<string>) {
  const block = paragraphs.length;
  const { walk, texts } = walkedTo(block, headline, ...paragraphs);
  const text = texts[block] ?? '';
  const subject = pronounSubject(walk.cues, walk.discourse, block, text.indexOf(words));
  const at = subject?.antecedent;
  return (
    subject && {
      speaker: subject.entity?.name ?? null,
      words: text.slice(subject.ref.start, subject.ref.end),
      resolution: subject.resolution,
      antecedent: at ? texts[at.block]?.slice(at.start, at.end) : null,
    }
  );
}

const KEY =
  'New Zealand\'s Prime Minister John Key said he believes redesigning the flag now has a "strong rationale". Mr Key promoted the campaign for a unique New Zealand flag on Waitangi Day - February 6 - this year.';

describe('a pronoun and the speaker it stands for', () => {
  // wikinews-new-zealand-flag-change-process-2015-05-07.
  test('"John Key said he believes …": the he is bound to the subject of the speech verb it follows', () => {
    expect(standsFor('he believes', 'New Zealand begins process to consider changing national flag design', KEY)).toEqual({
      speaker: 'John Key',
      words: 'he',
      resolution: 'pronoun',
      antecedent: 'Prime Minister John Key',
    });
  });

  // wikinews-australians-talk-tough-brisbane-test-2004-11-17.
  test('"…, he went on to say" in the paragraph after a speaker is that speaker, the discourse’s latest referent', () => {
    expect(
      standsFor(
        'he went on',
        'Australians talk tough before Brisbane test',
        'The New Zealand team\'s reaction to this Australian bravado was muted. "It\'s just history repeating itself", said former New Zealand coach and former test player John Bracewell.',
        "\"They just have a set of lines they've been using since I've been coming over here and it's exactly the same story, just a different name saying it. It's just repetitious\", he went on to say.",
      ),
    ).toEqual({ speaker: 'John Bracewell', words: 'he', resolution: 'pronoun', antecedent: 'former test player John Bracewell' });
  });

  // gv-malawi-bloggers-joyce-banda-2012-05-01.
  test('"We must confess at this blog …": outside quote marks "we" is the writer, whom no entity stands for', () => {
    expect(
      standsFor(
        'We must',
        'Malawi: bloggers on Joyce Banda',
        'We must confess at this blog to being underwhelmed by the cabinet names that came out of Mudi House last Thursday. Only 13 names in the 32 member-cabinet are holding ministerial positions for the very first time.',
      ),
    ).toEqual({ speaker: null, words: 'We', resolution: 'unattributed', antecedent: null });
  });

  // wikinews-new-zealand-flag-change-process-2015-05-07.
  test('a name ("Mr Key promoted") is no pronoun: nothing is read there', () => {
    expect(standsFor('Mr Key', 'New Zealand begins process to consider changing national flag design', KEY)).toBeNull();
  });
});
