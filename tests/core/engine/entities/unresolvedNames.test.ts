import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// unresolvedNames.ts: names nothing classifies by itself, settled by the words around them. Programmes, missions,
// instruments and awards are no one, however much their words look like a name. Sentences from fresh NASA pages
// (public domain; katie-hofschen/NASA_RAG nasa_articles/), in neither half of tests/fixtures/real.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('programme and mission names', () => {
  // nasa_article_332.md
  test('a competition theme ("Long-Duration Mars Simulation") is not a person', () => {
    const people = peopleIn(
      'Long-Duration Mars Simulation at the Moon Theme:',
      'University of Maryland Moon-2-Mars Advisors: Dr. David Akin, Charles Hanner',
      'For the 2024 competition, teams were asked to submit a two-minute video and detailed seven-to-nine-page proposal addressing one of four themes related to leveraging innovation to improve our ability to operate on the Moon, Mars and beyond. They included: Long-Duration Mars Simulation at the Moon, Sustained Lunar Evolution, AI-Powered Self-Replicating Probes – an Evolutionary Approach, and Large-Scale Lunar Crater Prospector.',
    );
    expect(people).not.toContain('Long-Duration Mars Simulation');
    expect(people).toContain('David Akin');
  });

  test.each(['James Webb Space Telescope', 'Robert H. Goddard Memorial Trophy', 'Artemis Student Challenge'])('"%s" is not a person', (name) => {
    expect(peopleIn(`The ${name} was in the news again this week, and ${name} officials said more would follow.`)).toEqual([]);
  });
});
