import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/colonInSentence.ts: `Law defined a “sweet spot”: “…”` — a colon inside the paragraph sets off the quote after it.

describe('a colon inside the paragraph', () => {
  test('"Another was tour manager Thomas Gray, 24, who cited only his experience with the sport of rugby: "…"" is Gray\'s (wikinews-bystanders-foil-knife-attacker-london-bridge)', () => {
    const article = analyze(
      'Bystanders foil knife attacker on London Bridge',
      'One of the men who held Khan down was James Ford, 42, a convicted murderer approaching the end of his sentence at an open prison. Another was tour manager Thomas Gray, 24, who cited only his experience with the sport of rugby: "\'one in, all in\'. I did what any Londoner would do and tried to put a stop to it."',
    );
    expect(attribution(article, "'one in, all in'")).toMatchObject({ speaker: 'Thomas Gray' });
  });

  test('"In a statement …, the United States Department of Defense justified the strike, which was approved by …, as "defensive" in nature: "…"" is the department\'s: an opening phrase and a relative clause set off by commas (wikinews-us-military-kills-qasem-soleimani-2020-01-05)', () => {
    const article = analyze(
      'United States military kills Qasem Soleimani',
      'In a statement released after the attack, the United States Department of Defense justified the strike, which was approved by President Donald Trump, as "defensive" in nature: "At the direction of the President, the U.S. military has taken decisive defensive action to protect U.S. personnel abroad by killing Qasem Soleimani, the head of the Islamic Revolutionary Guard Corps-Quds Force, a U.S.-designated Foreign Terrorist Organization."',
    );
    expect(attribution(article, 'At the direction of the President')).toMatchObject({ speaker: 'United States Department of Defense', resolution: 'name' });
  });

  test('"Law defined a “sweet spot” for using MMOWGLI: “…”" is Law\'s (fresh text, GSA)', () => {
    const article = analyze(
      'MMOWGLI: crowdsourcing ideas',
      'Becca Law leads the MMOWGLI project at the Naval Postgraduate School.',
      'Law defined a “sweet spot” for using MMOWGLI: “Situations where you are struggling with a difficult challenge, do not possess all the answers or need to transcend your usual ways of knowing.”',
    );
    expect(attribution(article, 'Situations where you are struggling')).toMatchObject({ speaker: 'Becca Law', resolution: 'name' });
  });

  test('"Through his infectious enthusiasm, he offers this advice: “…”" is left unattributed: the pronoun may look back past the speaker (fresh text, GSA)', () => {
    const article = analyze(
      'Prize competitions',
      'Charles Lindbergh, for example, was called a fool by reporters in his day. Through his infectious enthusiasm, he offers this advice: “The purpose of a prize is to make everyone a hero.”',
    );
    expect(attribution(article, 'The purpose of a prize').speaker).toBeNull();
  });

  test('"The High Court of England and Wales also ruled …, finding that …: "…"" is the court\'s: an organisation named as the subject sets off the quote as a person does (wikinews-uk-supreme-court-rules-prorogation-unlawful-2019-09-24)', () => {
    const article = analyze(
      'UK Supreme Court rules prorogation of parliament unlawful',
      "Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the current prime minister, on September 10. He is widely suspected of asking for prorogation to prevent legislative interference in his efforts to complete the withdrawal of the United Kingdom from the European Union (EU), known as Brexit for British exit. Following that reasoning, the Court of Session in Scotland ruled on September 11 the prorogation was unlawful. The Supreme Court ruled on the appeal of that decision by Johnson's government.",
      'The High Court of England and Wales also ruled on the same day as the Scottish court, finding that the prorogation of Parliament was not a matter for the courts: "In our view, the decision of the Prime Minister to advise Her Majesty the Queen to prorogue Parliament is not justiciable in Her Majesty’s courts."',
    );
    expect(attribution(article, 'In our view, the decision of the Prime Minister')).toMatchObject({
      speaker: 'High Court of England and Wales',
      resolution: 'name',
    });
  });

  test('"…on the occasion of the United States\' return to human spaceflight capability: "…"" is Hurley\'s: "States" in a name is no speech verb (fresh Wikinews page, SpaceX first crewed spaceflight, 2020-05-31)', () => {
    const article = analyze(
      'SpaceX successfully launches its first crewed spaceflight',
      "SpaceX successfully launched its first crewed mission at 1922 UTC yesterday from Kennedy Space Center in Florida, US with NASA astronauts Bob Behnken and Doug Hurley in a Crew Dragon capsule atop a Falcon 9 rocket. This was the first launch of a crewed spacecraft from the United States since NASA's final Space Shuttle mission in July 2011 — a mission Hurley piloted.",
      "Bridenstine remarked of the remainder of the test flight, \"I'm breathing a sigh of relief, but I will also tell you I'm not gonna celebrate until Bob and Doug are home safely.\" Hurley, for his part, paraphrased the first U.S. citizen in space, Alan Shepard, commenting before launch on the occasion of the United States' return to human spaceflight capability: \"SpaceX we're go for launch. Let's light this candle.\"",
    );
    expect(attribution(article, "SpaceX we're go for launch")).toMatchObject({ speaker: 'Doug Hurley' });
  });
});
