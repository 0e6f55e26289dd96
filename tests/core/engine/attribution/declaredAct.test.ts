import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// declaredAct.ts: a state of emergency declared or funding denied is an act told with a speech verb, not speech.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('an act told with "declared" or "denied"', () => {
  // Wikinews, "Hurricane Dorian strengthens to Category 5, makes landfall in the Bahamas", 2019-09-01, CC BY 2.5 (not in
  // the corpus).
  test('"declared a state of emergency" is no reported speech', () => {
    const found = texts(
      'Hurricane Dorian strengthens to Category 5, makes landfall in the Bahamas',
      'Last week, Florida Governor Ron DeSantis declared a state of emergency in anticipation of Dorian, with South Carolina Governor Henry McMaster following suit yesterday.',
    );
    expect(found.some((t) => t.startsWith('a state of emergency'))).toBe(false);
  });

  // Wikinews, "Sixteen states sue U.S. President Trump to stop declaration of emergency for border wall", 2019-02-21.
  test('"Congress has repeatedly denied funding for such a wall" is a refusal, not a denial of a claim', () => {
    const found = texts(
      'Sixteen states sue U.S. President Trump to stop declaration of emergency for border wall',
      'On Friday, President Trump declared a state of emergency so he could begin the construction of additional wall along the U.S.-Mexican border, claiming this would stem illegal immigration.  Congress has repeatedly denied funding for such a wall, and the conflict between congressional leaders and the president caused a delay in budgetary decisions that led to a government shutdown.',
    );
    expect(found.some((t) => t.startsWith('funding for such a wall'))).toBe(false);
    expect(found.some((t) => t.startsWith('a state of emergency'))).toBe(false);
  });

  // Wikinews, "On the campaign trail in the USA, October 2020", 2020-11-02.
  test('denying allegations is still reported speech', () => {
    const article = analyze(
      'On the campaign trail in the USA, October 2020',
      'Just before the final presidential debate, Hunter Biden\'s former business partner Tony Bobulinski held a press conference claiming Joe Biden knew about his son\'s business deals, particularly with China, and that the elder Biden was involved with them.  He claimed to have evidence supporting the claim. The issue came up at the Nashville, Tennessee-set second presidential debate, moderated by Kristen Welker of NBC News.  Biden denied the allegations, labeled them as Russian disinformation.  Echoing an email from Hunter Biden\'s laptop referencing a mysterious "big guy" who received a cut of money, Trump said, "You\'re the big man, I think."  Trump attacked Biden for accumulating wealth since leaving public office, accusing the Biden family of going around the world and sucking up money like a vacuum.  Biden slammed Trump, viewing the president as having no plan to combat COVID-19.  Trump said he banned travel from China in January, which Biden opposed as xenophobic.  He claimed a vaccine was near and said people are "learning to live" with the virus.  Biden countered that people are instead "learning to die" with it. Biden argued that Trump had no healthcare plan.  He proposed a public option and claimed nobody lost their health insurance as a result of Obamacare.  Trump alleged Biden\'s plan would strip Medicare and Social Security.  He vowed to protect people with pre-existing conditions from being denied health coverage. When asked about climate change, Trump claimed carbon emissions have been lower during his administration and argued against re-entering the Paris Climate Accord. Biden argued that green energy can provide good paying jobs. Trump accused Biden of previously saying he wanted to ban hydraulic fracturing. Biden denied, though Trump said it is on tape.  Biden asked Trump to post the video on his website.  Welker brought up the separation of immigrant families at the border.  Trump point out the Obama administration constructed the cages seen in widely circulated photos taken in 2014. Trump blasted Biden as a career politician and repeatedly asked why Biden did not already implement the policies he proposed. Biden attacked Trump on paying fewer taxes to which Trump claimed he prepaid "millions of dollars" in taxes. Trump cornered Biden on oil and gas when Biden admitted wanting to phase out the industry. Trump said Biden just lost Texas, Pennsylvania, Oklahoma, and Ohio as a consequence.  Welker received near-universal praise for her performance.  Observers noted the debate was more orderly than the first.',
    );
    expect(attribution(article, 'the allegations')).toMatchObject({ kind: 'reported', speaker: 'Joe Biden' });
  });
});
