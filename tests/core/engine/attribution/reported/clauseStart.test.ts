import { describe, expect, test } from 'vitest';
import { opensBareClause, opensClause, opensCountClause } from '../../../../../src/core/engine/attribution/reported/clauseStart';

// reported/clauseStart.ts: whether the words after a speech verb open a clause with no "that".

const after = (sentence: string, verb: string) => [sentence, sentence.indexOf(verb) + verb.length] as const;

describe('a clause with no "that" after a speech verb', () => {
  test('a pronoun, a determiner or a number before a verb only a clause has opens one', () => {
    expect(opensClause(...after('The family said they planned a private service.', 'said'))).toBe(true);
    expect(opensClause(...after('Police said over a hundred people attended the party.', 'said'))).toBe(true);
    expect(opensClause(...after('The data revealed an increased abundance of a fungus associated with it.', 'revealed'))).toBe(false);
    expect(opensClause(...after('Developers said goodbye to the old site.', 'said'))).toBe(false);
  });

  test('a clause of any subject needs its verb before any "and", "that" or "by" of an object', () => {
    expect(opensBareClause(...after('Smith has stated reconstruction will cost 300 billion.', 'stated'))).toBe(true);
    expect(opensBareClause(...after('Russia has pledged funds and Syria is taxing goods.', 'pledged'))).toBe(false);
    expect(opensBareClause(...after('Scientists have disclosed new adhesives made by slugs.', 'disclosed'))).toBe(false);
  });

  test('a number or "this" right before the verb opens one; "this week" does not', () => {
    expect(opensCountClause(...after('The government said 128 vaccination teams participated.', 'said'))).toBe(true);
    expect(opensCountClause(...after('Smith said this applied to product tankers.', 'said'))).toBe(true);
    expect(opensCountClause(...after('Smith said this week the plan was dead.', 'said'))).toBe(false);
  });
});
