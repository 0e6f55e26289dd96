import { describe, expect, test } from 'vitest';
import { introducesList } from '../../../../../src/core/engine/attribution/sieves/listIntroduction';
import { ownVoiceColon } from '../../../../../src/core/engine/attribution/sieves/ownVoiceColon';
import { analyze, attribution, quotesOf } from '../helpers';

// ownVoiceColon.ts: a colon no cue reading ties to a speaker still sets off the paragraph after it when that paragraph
// speaks in its own voice (first or second person): a direct quote, unattributed.

const whole = (text: string) => ({ start: 0, end: text.length });

describe('a colon whose paragraph after it speaks in its own voice', () => {
  test('a blogger presented with a verb that is no speech verb (gv-trinidad-tobago-three-score-and-ten-2012-05-09)', () => {
    const article = analyze(
      'Trinidad & Tobago: Three Score and Ten',
      'Outlish, meanwhile, finds the number of elderly patients in hospitals to be a disturbing phenomenon:',
      'I have realised that most of the warded patients are elderly persons, who have passed the designated three score and ten, and who have contributed what they could…until society casts them aside.',
    );
    expect(attribution(article, 'I have realised that most of the warded patients')).toMatchObject({ kind: 'direct', speaker: null });
  });

  test('a lead-in the cue readings leave, then the post in the second person (same article)', () => {
    const lead =
      'Outlish ends by suggesting that distance - both physical and emotional - can be reduced by forging meaningful cross-generational relationships:';
    const next = 'Sometimes if you take a little time to sit and have a chat with an elderly person, you will be amazed by how much they can tell you.';
    const cue = ownVoiceColon(3, lead, whole(lead), next);
    expect(cue?.subject.entity).toBeNull();
    expect(lead.slice(cue?.cue.start, cue?.cue.end)).toMatch(/^Outlish ends by suggesting .* relationships$/);
  });

  test('a writer reporting in the third person after a colon gives no quote (near miss: gv-bangladesh-bloggers-march-journalist-couple-2012-05-16)', () => {
    const lead = 'Another video shows bloggers holding a candle light protest, demanding justice in the Sagar-Runi murder case:';
    const next =
      'In the beginning, the police tried to prevent the protest rally by bloggers by parking their vehicles at the protest site and not giving permission for electricity connection at the venue.';
    expect(ownVoiceColon(0, lead, whole(lead), next)).toBeNull();
  });

  test('a colon that shows a picture, lists, or asks an interview question sets off nothing (near misses of the development half)', () => {
    const photo = 'The following photograph by Francisco Kandeg shows a "traditional Aché game":';
    expect(ownVoiceColon(0, photo, whole(photo), "You can see more photos in Aché Djawu's Flickr account.")).toBeNull();
    const asked = 'Wikinews spoke with her by email, after the event:';
    expect(ownVoiceColon(0, asked, whole(asked), '((WN)) What got you into cosplay modelling?')).toBeNull();
    // A counted list (gv-palestine-prisoners-hunger-strike-agreement-2012-05-21), whatever voice its items speak in.
    const listed = 'The agreement consisted of five main provisions:';
    expect(introducesList(listed)).toBe(true);
  });

  test('a paragraph in the third person after such a colon stays the writer’s', () => {
    const article = analyze(
      'Ethiopia',
      'Another Facebook group advocating for their cause is Ethiopia Muslims:',
      'The overall development, prosperity and democratization processes of a country can never be realized with a marginal participation of only a segment of its population.',
    );
    expect(quotesOf(article)).toHaveLength(0);
  });
});
