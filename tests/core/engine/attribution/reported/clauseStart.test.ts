import { describe, expect, test } from 'vitest';
import { opensBareClause, opensClause, opensClauseAfterComma, opensCountClause } from '../../../../../src/core/engine/attribution/reported/clauseStart';

// reported/clauseStart.ts: whether the words after a speech verb open a clause with no "that".

const after = (sentence: string, verb: string) => [sentence, sentence.indexOf(verb) + verb.length] as const;

describe('a clause with no "that" after a speech verb', () => {
  test('a pronoun, a determiner or a number before a verb only a clause has opens one', () => {
    expect(opensClause(...after('The family said they planned a private service.', 'said'))).toBe(true);
    expect(opensClause(...after('Police said over a hundred people attended the party.', 'said'))).toBe(true);
    expect(opensClause(...after('The data revealed an increased abundance of a fungus associated with it.', 'revealed'))).toBe(false);
    expect(opensClause(...after('Developers said goodbye to the old site.', 'said'))).toBe(false);
  });

  test('a bare plural right before a verb only a clause has opens one: "said people changed their minds"', () => {
    expect(opensClause(...after('One interviewee said people changed their minds.', 'said'))).toBe(true);
    expect(opensClause(...after('Analysts said prices had risen.', 'said'))).toBe(true);
    expect(opensClause(...after('Analysts said thanks to the staff.', 'said'))).toBe(false);
    expect(opensClause(...after('Officials discussed process was slow.', 'discussed'))).toBe(false);
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

  test('after a comma that closes a phrase, a clause opens only with a verb of its own, no "that" to come and no list', () => {
    expect(opensClauseAfterComma(...after('Local officials said on Saturday, about 20 buildings collapsed.', 'Saturday,'))).toBe(true);
    expect(opensClauseAfterComma(...after('Police reported on Tuesday, 21 confirmed cases of the virus.', 'Tuesday,'))).toBe(false);
    expect(opensClauseAfterComma(...after('The firm announced on Twitter, the platform owned by Elon Musk.', 'Twitter,'))).toBe(false);
    expect(opensClauseAfterComma(...after('Police said on Monday, the day after the vote, that 12 people died.', 'Monday,'))).toBe(false);
    expect(opensClauseAfterComma(...after('Police reported on Monday, 12 people dead and 40 injured.', 'Monday,'))).toBe(false);
    expect(opensClauseAfterComma(...after('Smith said on Monday, "We will win."', 'Monday,'))).toBe(false);
  });
});
