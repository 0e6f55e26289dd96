import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/openingParticiple.ts: "Saying X, Name said …" — a speech participle opening the sentence is the subject's.

describe('a speech participle opening the sentence', () => {
  // wikinews-gregory-kurtzer-rocky-linux-interview-2020-12-18 (development half).
  test('"Saying Rocky Linux is for the community, Kurtzer said he …": the clause after "Saying" is Kurtzer\'s', () => {
    const article = analyze(
      'Gregory Kurtzer on Rocky Linux',
      'Gregory Kurtzer founded the CentOS project.',
      'Saying Rocky Linux is for the community, Kurtzer said he "take[s] the responsibility of ensuring that all decisions are in favor of the community".',
    );
    expect(attribution(article, 'Rocky Linux is for the community')).toMatchObject({ kind: 'reported', speaker: 'Gregory Kurtzer', cue: 'Saying' });
    // The main clause is still read by its own cue.
    expect(attribution(article, 'take[s] the responsibility')).toMatchObject({ kind: 'direct', speaker: 'Gregory Kurtzer' });
  });

  // wikinews-seager-2020-12-25 (development half).
  test('"Confirming life can thrive …, Seager said …" is Seager\'s', () => {
    const article = analyze(
      'Interview with Sara Seager',
      'Sara Seager led the study.',
      'Confirming life can thrive in atmospheres that do not have oxygen, Seager said "Astronomers should keep an open mind as to which planets are worth searching for life".',
    );
    expect(attribution(article, 'life can thrive in atmospheres that do not have oxygen')).toMatchObject({ kind: 'reported', speaker: 'Sara Seager' });
  });

  test('a participle phrase with no clause of its own reports nothing', () => {
    const article = analyze('Budget talks', 'Dana Lutz is the mayor.', 'Noting the late hour, Lutz closed the meeting.');
    expect(quotesOf(article)).toEqual([]);
  });
});
