import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/ownerAfter.ts: "According to its press release, the NBA was …" — a pronoun's document opening the sentence
// belongs to the organisation the clause after it names as its subject.

const NBA = 'National Basketball Association suspends season due to COVID-19 concerns';
// Wikinews (CC BY 2.5), development half: wikinews-nba-suspends-season-covid-19-2020-03-13, paragraphs 2 and 3 verbatim.
const PLAYER =
  'The NBA did not release the identity of the player in question in its announcement. They did say he was not present at Chesapeake Energy Arena in Oklahoma City, where the Utah Jazz were to play against the Oklahoma City Thunder.';
const RELEASE =
  'According to its press release, the NBA was "suspending game play following the conclusion of [Wednesday\'s] schedule of games until further notice." The Jazz\'s game was cancelled, as was another NBA game Wednesday between the Sacramento Kings and the New Orleans Pelicans.';
const OPENING =
  "On Wednesday, the United States' National Basketball Association (NBA) suspended its professional basketball season due to concerns regarding COVID-19. The NBA's decision followed a Utah Jazz player testing positive for the COVID-19 virus.";

describe('a document a pronoun owns, before the organisation it points to', () => {
  test('"According to its press release, the NBA was "…"": the release speaks for the NBA, reported and direct', () => {
    const article = analyze(NBA, OPENING, PLAYER, RELEASE);
    const speaker = 'National Basketball Association';
    expect(attribution(article, 'the NBA was')).toMatchObject({ kind: 'reported', speaker, speakerRef: 'its press release' });
    expect(attribution(article, 'suspending game play')).toMatchObject({ kind: 'direct', speaker });
  });

  test('after another organisation named last, which "its" could point back to, the release stays unattributed', () => {
    const ncaa =
      "The United States' other major basketball organization, the National Collegiate Athletic Association, which runs college basketball, has cancelled its own tournament, March Madness, for both men's and women's leagues.";
    const article = analyze(NBA, OPENING, ncaa, RELEASE);
    expect(attribution(article, 'the NBA was')).toMatchObject({ kind: 'reported', speaker: null, speakerRef: 'its press release' });
  });

  test('no new source called "press release" is made when the clause after names no organisation', () => {
    const article = analyze(NBA, PLAYER, 'According to its press release, play was "suspended until further notice."');
    expect(article.entities.map((e) => e.name)).not.toContain('press release');
    expect(attribution(article, 'play was')).toMatchObject({ kind: 'reported', speaker: null, speakerRef: 'its press release' });
  });
});
