import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/describedAs.ts: "a process Zapata described as …", "that Wang described as …": the person's characterisation
// of the thing a relative clause gaps. Sentences from the development half.

describe('a person named before "described as" in a relative clause', () => {
  // wikinews-zapata-crosses-channel-flyboard-2019-08-06 (blind gold of session 32).
  test('"a process Zapata described as being tricky because …" is Zapata’s, from "as" to the end', () => {
    const article = analyze(
      'French inventor Franky Zapata successfully crosses English Channel on jet-powered hoverboard',
      'This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a jet-powered freeflight flying device propelled by turbines and attached to his feet, called Flyboard Air.',
      'Zapata also made one landing on a boat mid-channel to refill the kerosene fuel in his backpack, a process Zapata described as being tricky because the boat could not be kept still in the moving waters of the Channel.',
    );
    expect(attribution(article, 'as being tricky because')).toMatchObject({ kind: 'reported', speaker: 'Franky Zapata', cue: 'Zapata described' });
  });

  // wikinews-slippery-coating-self-cleaning-toilets-2019-11-21.
  test('"polymers … that Wang described as resembling human hairs" is Wang’s, and the polymers are no quote', () => {
    const article = analyze(
      'Slippery coating could lead to self-cleaning toilets',
      'Co-developer Jing Wang recounted, "When we put that coating on a toilet in the lab and dump synthetic fecal matter on it, [the synthetic fecal matter] just completely slides down and nothing sticks to [the coated surface.]"',
      'The first spray is made of molecularly grafted polymers, specifically polydimethylsiloxane silicone, that Wang described as resembling human hairs — though vastly thinner — once it has dried on the target surface, which makes the surface very smooth.',
    );
    expect(attribution(article, 'as resembling human hairs')).toMatchObject({ kind: 'reported', speaker: 'Jing Wang' });
    expect(quotesOf(article).some((q) => q.text.startsWith('molecularly grafted'))).toBe(false);
  });

  // Probe sentences (lane break32): the sentence's own clause after the relative closes the characterisation.
  test('"In a debate Jones described as combative and needlessly personal, Trump refused …": Jones said only "as combative and needlessly personal"', () => {
    const article = analyze(
      'Debate',
      'Senator Amy Jones spoke on Tuesday.',
      'In a debate Jones described as combative and needlessly personal, Trump refused to disavow the group.',
    );
    expect(attribution(article, 'as combative and needlessly personal')).toMatchObject({ kind: 'reported', speaker: 'Amy Jones' });
    expect(quotesOf(article).map((q) => q.text)).toEqual(['as combative and needlessly personal']);
  });
});
