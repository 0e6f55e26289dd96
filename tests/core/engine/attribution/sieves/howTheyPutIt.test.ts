import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/howTheyPutIt.ts: a quotation of its own, then "This is how X describes …" or "So says X".
// usgov-gsa-medium-federal-terms-of-service-2015-07-17 (DigitalGov, public domain; the session 54 held-out batch).

const MEDIUM = 'Is It Time to Try Medium? New Federal-Friendly Terms of Service';
const LABOR =
  'Medium offers an opportunity to reach people that may not be engaging with you on other platforms. Jared Benoff at the Department of Labor says Medium helps the agency expand its footprint and, specifically, reach a tech-savvy audience that is very engaged online.';
const STORY =
  '“A better way to tell a beautiful story.” This is how Labor’s Jared Benoff describes the key benefit of Medium. Notice there are two sides to this selling point: the reader experience and the authoring process.';
const STORY_TEXT = 'A better way to tell a beautiful story.';

const speakerIdOf = (article: ReturnType<typeof analyze>, text: string) => quotesOf(article).find((q) => q.text === text)?.speakerId ?? null;

describe('how they put it', () => {
  test('a quotation, then "This is how Labor’s Jared Benoff describes …", is Jared Benoff’s', () => {
    expect(attribution(analyze(MEDIUM, LABOR, STORY), STORY_TEXT)).toMatchObject({
      kind: 'direct',
      speaker: 'Jared Benoff',
      cue: 'This is how Labor’s Jared Benoff describes',
    });
  });

  test('"So says X." after the quotation names its speaker too', () => {
    const article = analyze(MEDIUM, LABOR, STORY.replace('This is how Labor’s Jared Benoff describes the key benefit of Medium.', 'So says Jared Benoff.'));
    expect(attribution(article, STORY_TEXT)).toMatchObject({ speaker: 'Jared Benoff', cue: 'So says Jared Benoff' });
  });

  test('"This is how X" with a verb that is no describing, or with nobody named, gives the quotation to no one', () => {
    const works = analyze(MEDIUM, LABOR, STORY.replace('describes the key benefit of Medium', 'works with Medium'));
    expect(speakerIdOf(works, STORY_TEXT)).toBeNull();
    const reader = analyze(MEDIUM, LABOR, STORY.replace('Labor’s Jared Benoff', 'one reader'));
    expect(speakerIdOf(reader, STORY_TEXT)).toBeNull();
  });

  // usgov-nasa-sert-ii-genuine-space-success-story-2024-04-11 (nasa.gov, public domain; the session 58 held-out batch).
  const SERT = 'NASA’s SERT II: ‘A Genuine Space Success Story’';
  const KERSLAKE =
    '“A genuine space success story,” is how Experiments Manager William Kerslake described NASA’s second Space Electric Rocket Test (SERT II), the first long-duration operation of ion thrusters in space.';

  test('a quotation that opens its sentence, then "is how Experiments Manager William Kerslake described …", is his', () => {
    expect(attribution(analyze(SERT, KERSLAKE), 'A genuine space success story,')).toMatchObject({
      kind: 'direct',
      speaker: 'William Kerslake',
      cue: 'is how Experiments Manager William Kerslake described',
    });
  });

  test('"is how" with a verb that is no describing, or with nobody named, gives that quotation to no one', () => {
    const flew = analyze(SERT, KERSLAKE.replace('described', 'flew'));
    expect(speakerIdOf(flew, 'A genuine space success story,')).toBeNull();
    const engineers = analyze(SERT, KERSLAKE.replace('Experiments Manager William Kerslake', 'the engineers'));
    expect(speakerIdOf(engineers, 'A genuine space success story,')).toBeNull();
  });
});
