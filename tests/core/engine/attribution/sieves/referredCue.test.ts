import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/referredCue.ts: a colon sentence that refers to its speaker by a pronoun hands the paragraph after it to the
// one the pronoun means (gv-malawi-bloggers-joyce-banda-2012-05-01, gv-cuba-may-day-2012-05-01; development half).

test("the letter after '…, he makes a stinging attack on the president:' is Gondwe's", () => {
  const article = analyze(
    "Malawi: Bloggers' Reactions to New President Joyce Banda",
    'However, Gregory Gondwe takes a very different approach. After identifying key issues needing her attention such as foreign exchange, maternal health, media freedom, nepotism, propaganda and fuel, he makes a stinging attack on the president:',
    'I am in deep doubt that you are any different fro your predecessors if going by your appointment of Dr. Benson Tembo is anything to go by. Here is a man who was in the management of MBC at the time Dr. Hastings Kamuzu Banda used it as a suppressing tool. Dr. Tembo is the same person who perpetuated his charge even under President Muluzi when he was the pioneer head of the then Television Malawi. You cannot describe how it operated then as professional. And this is the person you appoint again and knowing how you used to chastise workers at MBC when you were a cabinet minister for not covering you enough, I know we are back on the same circumstance for another vicious cycle. The most unfortunate thing is that the grassroots are sensitive to any mistake that you will make and they will give you, your prize or God will do it on their behalf.',
  );
  expect(attribution(article, 'I am in deep doubt')).toMatchObject({ kind: 'direct', speaker: 'Gregory Gondwe' });
});

describe('colon block: a cue that refers to its source as "her"', () => {
  // The development half: gv-cuba-may-day (Without Evasion is a blog the round-up calls "her").
  test("the paragraph after 'What concerns her most, though, is that:' is the blog's it follows", () => {
    const article = analyze(
      'Cuba: Nothing Changes on May Day',
      'Without Evasion notes that "the official press has been announcing the parade this May 1st with a newly added component to the \'army\' of workers that will march in support of the revolution and socialism: the self-employed":',
      "I cannot quite understand the issue. Aren’t the self-employed a sector that represents private enterprise? Haven’t we been taught in school that private property is one of the 'evils of capitalism,' a source of exploitation for the proletariat? Has the Cuban system created a new species, the owner-laborer?",
      'What concerns her most, though, is that:',
      "...when convening 'independents' to this parade, the government has the intention to continue to monitor the supply of slaves, even the sector of freedmen, i.e., those who are in the first phase of buying their freedom through their economic activity, independent of the Master. Official control mechanisms deem important that those individuals who turn autonomous do not become independent or associate freely, and, at the same time, the government needs to offer the world the impression that private businessmen and manufacturers are aligned with the revolution, thus legitimizing the 'renewal.'",
    );
    expect(attribution(article, '...when convening')).toMatchObject({ kind: 'direct', speaker: 'Without Evasion' });
  });
});
