import { describe, expect, test } from 'vitest';
import { mentionSubject } from '../../../../src/core/engine/attribution/mentionSubject';
import { walkedTo } from './walkedTo';

// mentionSubject.ts: the speaker a mention of an entity opens, read from the mention's first word. Sentences from the
// development half of tests/fixtures/real.

/** The speaker the mention opening at `word` of the article's last paragraph opens: its name, its words, its resolution. */
function opened(word: string, headline: string, ...paragraphs: Array<string>) {
  const block = paragraphs.length;
  const { walk, texts } = walkedTo(block, headline, ...paragraphs);
  const text = texts[block] ?? '';
  const mention = walk.mentions.inBlock(block).find((m) => m.start === text.indexOf(word));
  if (!mention) throw new Error(`no mention at "${word}"`);
  const sources = { mentions: walk.mentions, unnamedSource: () => null, describe: () => null };
  const subject = mentionSubject(text, block, mention, mention.entity, sources);
  return {
    type: mention.entity.type,
    speaker: subject.entity?.name ?? null,
    words: text.slice(subject.ref.start, subject.ref.end),
    resolution: subject.resolution,
  };
}

describe('an organisation’s mention that title words lead on from', () => {
  // usgov-doj-usao-idaho-drug-distribution-cases-2024-08-07.
  test('"said Nampa Police Chief Joe Huff" is the chief, not the police department', () => {
    expect(
      opened(
        'Nampa',
        'Idaho drug distribution cases',
        '“I’m proud of the teamwork that went into this investigation to put a career criminal behind bars,” said Nampa Police Chief Joe Huff.',
      ),
    ).toEqual({ type: 'organization', speaker: 'Joe Huff', words: 'Nampa Police Chief Joe Huff', resolution: 'name' });
  });

  // usgov-nasa-global-accounting-earths-rivers-2024-04-26.
  test('"said JPL’s Cédric David" is the scientist, not the laboratory', () => {
    expect(
      opened(
        'JPL',
        'Global accounting of Earth’s rivers',
        'Although researchers have made numerous estimates over the years of how much water flows from rivers into the ocean, estimates of the volume of water rivers collectively hold — known as storage — have been few and more uncertain, said JPL’s Cédric David, a co-author of the study.',
      ),
    ).toEqual({ type: 'organization', speaker: 'Cédric David', words: 'JPL’s Cédric David', resolution: 'name' });
  });
});

describe('a mention that speaks for itself', () => {
  // wikinews-north-korea-quasi-state-of-war-2015-08-21 (as subjects.test.ts quotes it).
  test('a country that says something speaks as itself: "South Korea says the broadcasts will continue"', () => {
    expect(
      opened(
        'South Korea says',
        "North Korea puts military in 'quasi-state of war'",
        'South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull. The broadcasts began on August 10 and South Korea says the broadcasts will continue.',
      ),
    ).toEqual({ type: 'place', speaker: 'South Korea', words: 'South Korea', resolution: 'name' });
  });

  // wikinews-trump-may-declare-state-of-emergency-border-wall-2019-01-07.
  test('a person’s name is that person: "Chuck Schumer, said on Friday"', () => {
    expect(
      opened(
        'Chuck Schumer',
        'Trump may declare state of emergency',
        'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the president once again: don\'t hold hundreds of thousands of federal workers hostage" and "So we told the president we needed the government open. He resisted."',
      ),
    ).toEqual({ type: 'person', speaker: 'Chuck Schumer', words: 'Chuck Schumer', resolution: 'name' });
  });
});
