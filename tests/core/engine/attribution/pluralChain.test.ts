import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// Wikinews, "Activists protest against School of the Americas", 2004-11-21, CC BY 2.5
// (wikinews-activists-protest-school-of-the-americas-2004-11-21, development half).
const SOA =
  'In 1946 the military Latin American Training Center U.S. Ground Forces was established in Panama; during 1963 the training center expanded and became the U.S. Army School of the Americas (USARSA or SOA). At the end of 2000, the SOA was closed. In 2001, the Western Hemisphere Institute for Security Cooperation was opened in the same location.';

describe('"they" after a plural group the text does not name', () => {
  test('"Activists claim … They accuse … They say …" is the activists all along, never the school they accuse', () => {
    const article = analyze(
      'Activists protest against School of the Americas',
      SOA,
      "Activists claim that both SOA (in the past, during 80's) and WHINSEC (at present day) trained militias in tactics of violence that are/were used against political dissidents in their native countries. They accuse SOA graduates of been responsible of death squads, drug deals, murders, rape and torture. They say the school is responsible by these acts and that many techniques of torture its graduated students have used in their countries had been learned at the military American school.",
    );
    expect(attribution(article, 'the school is responsible by these acts')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('"They say" right after the group itself is theirs, not the organisation named in their claim', () => {
    const article = analyze(
      'Activists protest against School of the Americas',
      SOA,
      'Critics argue that the SOA trained soldiers who later committed abuses. They say the school should be closed for good.',
    );
    expect(attribution(article, 'the school should be closed for good')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('"they" after a sentence about an organisation the text names is still that organisation', () => {
    const article = analyze(
      'Lycos Europe ends its anti-spam campaign',
      'The Finnish security firm F-Secure reported a virus email disguised as the anti-spam screensaver on December 6. They said the Trojan horse was set up to monitor keystrokes.',
    );
    expect(attribution(article, 'the Trojan horse was set up')).toMatchObject({ kind: 'reported', speaker: 'F-Secure' });
  });
});

// Global Voices, "Cuba: Questioning Digital Expression Within the Cuban Revolution" (May 2012, CC BY 3.0), fresh text.
test('"they" after "While the principles acknowledged … ICT access …" are not ICT', () => {
  const article = analyze(
    'Cuba: Questioning Digital Expression Within the Cuban Revolution',
    'While the principles acknowledged a need to increase ICT access on the island, they chiefly emphasized the role of bloggers in supporting the Cuban revolutionary project: they pledged to improve collaboration among bloggers \u201cin Revolution\u201d and to blog in the spirit of Cuban leaders of the past, such as Che Guevara. Invoking Fidel Castro\u2019s famous 1961 address \u201cWords to the Intellectuals,\u201d they asserted that innovative or critical thinking should not exist \u201coutside\u201d of the revolution. In other words, any critique that is not formed with the goal of strengthening the revolution falls on the outside and thus necessarily becomes \u201ccounterrevolutionary.\u201d',
  );
  const quote = quotesOf(article).find((q) => q.text.startsWith('innovative or critical thinking'));
  expect(quote?.speakerId ?? null).toBeNull();
});

// gv-cuba-bloggers-offended-archbishop-2012-05-02 (Global Voices, CC BY 3.0, development half).
describe('"they" after two people joined as the subject', () => {
  const cue =
    'Finally, at Translating Cuba, Wendy Iriepa and Ignacio Estrada confessed that they had "no words to describe the recent statements made by his Eminence Cardinal and Archbishop of Havana Jaime Lucas Ortega Alamino during his stay last week in the United States of America":';
  const post =
    'Despite the fact that he has spoken in a deliberate tone, the language used by the Cuban cardinal places at disadvantage the credibility of the good function of the Catholic hierarchy in the island. He has repeated in his discourse the same phrases used by the ruling class.';
  const goesOn =
    'They went on to say that the Cardinal\'s speech "was similar to one of the many speeches dictated by the office of the Department of Ideology of the Central Committee of the Communist Party of Cuba":';
  const after =
    'Today’s comment does not attempt to criticize the role of the Church in Cuba, but it tries to put in its right place he who uses the Catholic Church for his own benefit and in defense of those who are sinking the nation into an increasing poverty.';

  test('"Wendy Iriepa and Ignacio Estrada confessed …: … They went on to say that …:" goes on with the pair, and so does the post after', () => {
    const article = analyze("Cuba: Bloggers Offended by Archbishop's Statements", cue, post, goesOn, after);
    const pair = ['Wendy Iriepa', 'Ignacio Estrada'];
    expect(pair).toContain(attribution(article, 'was similar to one of the many speeches').speaker);
    expect(pair).toContain(attribution(article, 'Today’s comment does not attempt').speaker);
  });

  test('after one person alone, "They" stays no one named', () => {
    const article = analyze("Cuba: Bloggers Offended by Archbishop's Statements", cue.replace('Wendy Iriepa and ', ''), post, goesOn);
    expect(attribution(article, 'was similar to one of the many speeches').speaker).toBeNull();
  });
});

// wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24 (development half since session 37).
test('"Some humanitarian groups have suggested …, and Human Rights Watch is urging …. They say …" is not MSF\'s', () => {
  const article = analyze(
    'Nigerian refugee camp airstrike death toll passes 100',
    'MSF have called for "a transparent account" with the organisation\'s general director complaining refugees "were bombed by those who were meant to safeguard them". Some humanitarian groups have suggested the incident constitutes a war crime even as an accident, and Human Rights Watch is urging an independent probe. They say 35 structures were destroyed at two separate locations within the camp.',
  );
  expect(attribution(article, '35 structures were destroyed')).toMatchObject({ kind: 'reported', speaker: null });
});
