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
});
