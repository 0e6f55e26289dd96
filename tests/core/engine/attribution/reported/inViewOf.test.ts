import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/inViewOf.ts: a sentence opening "In the <view or report> of X," gives X the clause after its comma.

describe('a source named by its view or its report at the opening of the sentence', () => {
  // wikinews-greek-pm-eastmed-pipeline-open-2020-01-10 (development half).
  test('"In the analysis of <institute>, …" gives the institute the clause after the comma', () => {
    const article = analyze(
      'Greek Prime Minister says EastMed gas pipeline open to more countries',
      'In the analysis of the German Institute for Economic Research, the high costs and technical challenges render the project unrealistic.',
    );
    expect(attribution(article, 'the high costs and technical challenges render the project unrealistic')).toMatchObject({
      kind: 'reported',
      speaker: 'German Institute for Economic Research',
      cue: 'In the analysis of the German Institute for Economic Research',
    });
  });

  // wikinews-aftershocks-philippines-earthquake-death-toll-2019-10-22 (development half).
  test('"In a situational report of <council>, …" gives the council, named by its acronym, the damage it reported', () => {
    const article = analyze(
      'Aftershocks in the Philippines',
      'The National Disaster Risk Reduction and Management Council (NDRRMC) of the Philippines increased the previous death toll to six following the landslide caused by the 5.0 earthquake.',
      "In a situational report of NDRRMC, Wednesday's tremor damaged 143 buildings including 70 schools, 40 houses, seven health facilities, two worshiping areas, and ten commercial buildings.",
    );
    expect(attribution(article, "Wednesday's tremor damaged 143 buildings")).toMatchObject({
      kind: 'reported',
      speaker: 'National Disaster Risk Reduction and Management Council',
      cue: 'In a situational report of NDRRMC',
    });
  });

  // wikinews-pelosi-announces-trump-impeachment-investigation-2019-09-25 and wikinews-queen-elizabeth-suspends-uk-parliament-2019-08-29
  // (development half): "history" and "government" are no one's view, and a place names no source.
  test('"In the history of the United States, …" and "In the government of the United Kingdom, …" report nothing', () => {
    const article = analyze(
      'Pelosi announces impeachment inquiry',
      'In the history of the United States, only two presidents have been impeached: Andrew Johnson and Bill Clinton.',
      'In the government of the United Kingdom, the monarch is the head of state but not the head of government.',
    );
    expect(quotesOf(article)).toEqual([]);
  });
});

// "In an analysis of X," may name what was analysed: the sources searched (development half, fresh Wikinews 2019/2020,
// NASA_RAG) held no such sentence, so this one is built on the shape, with a finding the clause gives its own subject.
describe('a clause that reports its own finding', () => {
  test('"In an analysis of Twitter, researchers … found that …" gives Twitter nothing', () => {
    const article = analyze(
      'Study looks at social media',
      'In an analysis of Twitter, researchers at Indiana University found that bots spread a third of the false stories.',
    );
    expect(quotesOf(article).filter((q) => article.entities.find((e) => e.id === q.speakerId)?.name === 'Twitter')).toEqual([]);
  });
});
