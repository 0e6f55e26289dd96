import { describe, expect, test } from 'vitest';
import { opensWithSubordinate } from '../../../../../src/core/engine/attribution/reported/subordinateOpening';
import { analyze, attribution } from '../helpers';

// reported/subordinateOpening.ts: what was said may open with a subordinate clause of its own ("said if …, then …").

const opens = (sentence: string, verb: string) => {
  const at = sentence.indexOf(` ${verb} `) + verb.length + 1;
  return opensWithSubordinate(sentence, at, sentence.length - 1, verb);
};

describe('reported content that opens with a subordinate clause', () => {
  // wikinews-rouhani-foreign-powers-leave-persian-gulf-2019-09-23 (development half).
  test('"said if the goal is peace and security, then foreign powers should …" reports the condition with its clause', () => {
    const article = analyze(
      'Rouhani tells foreign powers to leave Persian Gulf',
      'Yesterday, President Hassan Rouhani of Iran said if the goal is peace and security, then foreign powers should "get out of the region" as their presence could cause an arms race.',
    );
    expect(
      attribution(article, 'if the goal is peace and security, then foreign powers should "get out of the region" as their presence could cause an arms race'),
    ).toMatchObject({ kind: 'reported', speaker: 'Hassan Rouhani' });
  });

  // wikinews-global-warming-ozone-crops-2014-07-28 (development half).
  test('"said although …, "…"": a quotation may be the main clause after the comma', () => {
    expect(opens('Heald said although temperature and ozone are separately known to impact crop yields, "nobody has looked at these together".', 'said')).toBe(
      true,
    );
  });

  // wikinews-scottish-legislature-green-light-same-sex-marriage-2013-11-21 (development half).
  test('"said while the Church opposes …, they stand against …" reports the contrast the speaker draws with its main clause', () => {
    const article = analyze(
      'Scottish legislature gives green light to same-sex marriage',
      'The Roman Catholic Church and the Church of Scotland both oppose the Bill. Reverend Dr William Hamilton from the Church of Scotland said while the Church opposes same-sex marriage, they stand against homophobia and "will continue to be a constructive voice in the national debate" about the bill.',
    );
    expect(
      attribution(
        article,
        'while the Church opposes same-sex marriage, they stand against homophobia and "will continue to be a constructive voice in the national debate" about the bill',
      ),
    ).toMatchObject({ kind: 'reported', speaker: 'William Hamilton' });
  });

  // voa-cambodia-radios-delivered-contest-winners-2007-06-08 (development half).
  test('"said while there were …, "…"": a "while" clause may run up to the quotation that ends what was said', () => {
    expect(
      opens(
        'Chhum Bun Ngon, one of the winners, said while there were more valuable things in the world he was happy to win such a prize, "happier than receiving other awards."',
        'said',
      ),
    ).toBe(true);
  });

  test('"said while visiting troops, …" and "said while in office, …" tell when it was said, not what', () => {
    expect(opens('He said while visiting troops in Iraq, the president met with commanders.', 'said')).toBe(false);
    expect(opens('He said while in office, he had met the king.', 'said')).toBe(false);
  });

  test('"asked if …" is an indirect question, and a subordinate clause with no verb of its own or no clause after it opens nothing', () => {
    expect(opens('Reporters asked if the plan, announced on Monday, would be delayed.', 'asked')).toBe(false);
    expect(opens('She said because of the storm, the flight was cancelled.', 'said')).toBe(false);
    expect(opens('She said if necessary, and only then.', 'said')).toBe(false);
  });
});
