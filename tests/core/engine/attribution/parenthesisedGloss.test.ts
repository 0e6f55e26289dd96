import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// parenthesisedGloss.ts: words in marks standing alone in parentheses gloss a name, a title or a phrase: no quote.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('a quote standing alone in parentheses', () => {
  // Global Voices, "Russia: Duma Deputy Wants Criminal Liability for Extremist Tweets", 2012-05-15 (development half).
  test('a party’s nickname glossed in parentheses is no quote', () => {
    const found = texts(
      'Russia: Duma Deputy Wants Criminal Liability for Extremist Tweets',
      "Yesterday, on May 14, Aleksandr Khinshtein [en], a Duma deputy and member of United Russia ('the party of power'), wrote a letter to Yuri Chaika [en], the Prosecutor General of Russia.",
    );
    expect(found).not.toContain('the party of power');
  });

  // Global Voices, "Colombia: Bomb Blast Targeted at Controversial Former Minister", 2012-05, CC BY 3.0 (not in the corpus).
  test('a radio programme’s title translated in parentheses is no quote', () => {
    const found = texts(
      'Colombia: Bomb Blast Targeted at Controversial Former Minister',
      'Mr Londoño has been controversial [es]: he was involved in a financial scandal involving stocks of an oil company named Invercolsa and was barred from public office in 2004 for 15 years out of conflict of interest. After he left the Ministry, he started a morning radio programme, La hora de la verdad [es] ("The hour of truth"), devoted to supporting former president Uribe\'s policies and attacking FARC and other left wing guerrillas. He was also actively writing op-eds for El Tiempo and El Colombiano newspapers. He supported current president Juan Manuel Santos during the elections, but as many other staunch supporters of Uribe, he felt betrayed and now opposes most of his policies. The Foundation for Press Freedom (FLIP) condemned [es] the attack.',
    );
    expect(found).not.toContain('The hour of truth');
  });
});
