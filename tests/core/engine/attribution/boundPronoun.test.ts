import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// boundPronoun.ts: a he/she bound in its own sentence — the subject of the speech verb it follows, the person its sentence
// opens with, or a name it resumes — before any earlier sentence is looked at.

describe('a pronoun bound in its own sentence', () => {
  test("'John Key said he believes … a \"strong rationale\"': the he, and the quote in his words, are Key's, not the previous speaker's", () => {
    const article = analyze(
      'New Zealand begins process to consider changing national flag design',
      "The current New Zealand flag is partially based on the United Kingdom's flag; the new one would be unique to New Zealand. The government's Flag Consideration Project has planned a number of conferences and roadshows as part of this process, with the first meeting set to take place in Christchurch on May 16. According to the New Zealand Herald, Emeritus Professor John Burrows, the chairman of the project's panel of twelve, said New Zealand's flag has never before been open to public choice. Professor Burrows also said resources and kits would be accessible for schools and communities,\" For example, schools can run their own flag discussions and referendums to mirror the formal process as part of their own learning exercise\". People were encouraged to submit their designs online at www.flag.govt.nz and suggest what the flag should mean on www.standfor.co.nz. Names of participants would be engraved, at their option, on a flag pole monument to be built in the nation's capital, Wellington. New Zealand's Prime Minister John Key said he believes redesigning the flag now has a \"strong rationale\". Mr Key promoted the campaign for a unique New Zealand flag on Waitangi Day - February 6 - this year. Of the public process, he said, \"In the end I'll have one vote in each referendum just like every other New Zealander on the electoral roll\". The New Zealand government intends to hold two referendums to reach a verdict on the flag, at an estimated cost of NZ $ 26 million, although a recent poll found only a quarter of citizens favoured changing the flag. This is a decrease from the year before, when it was forty percent. The first referendum is to be held from November 20 to December 11, selecting a single new flag design out of about four finalists. Voters would then choose between the new flag and their current flag early in 2016.",
    );
    expect(attribution(article, 'strong rationale')).toMatchObject({ kind: 'direct', speaker: 'John Key' });
  });

  test("'Speaking with … reporter Peter Clottey, he said' is not the reporter resumed: he is the spokesman", () => {
    const article = analyze(
      'Zimbabwe opposition accuses government',
      'Nelson Chamisa is a spokesman for the opposition MDC. Speaking with English to Africa reporter Peter Clottey, he said, “What we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.”',
    );
    expect(attribution(article, 'What we have to realize')).toMatchObject({ kind: 'direct', speaker: 'Nelson Chamisa' });
  });
});
describe('a pronoun in a clause of its own sentence', () => {
  // NASA, katie-hofschen/NASA_RAG nasa_articles/nasa_article_349.md (public domain), in neither half of the corpus.
  test("'X claims the title … when he observed …' is not the astronaut the sentences before were about, and observing an eclipse is no speech", () => {
    const article = analyze(
      'Eclipses seen from space',
      'The credit belongs to French astronaut Jean-Pierre Haigneré for taking the first photograph from Earth orbit of the Moon’s shadow during a solar eclipse. He photographed the Aug. 11, 1999, total eclipse pass over England while onboard the Russian space station Mir as an Expedition 27 flight engineer. NASA astronaut Donald R. Pettit claims the title as the first person to photograph an eclipse from the International Space Station when he observed the Dec. 2, 2002, total eclipse during Expedition 6.',
    );
    expect(quotesOf(article).filter((q) => q.speakerId?.includes('haign'))).toEqual([]);
    expect(quotesOf(article).filter((q) => q.cue?.text === 'he observed')).toEqual([]);
  });
});
describe('coreference: a resumed name', () => {
  test("'the head of NATO, Hoop Scheffer, he has explained that …' is Hoop Scheffer's", () => {
    const article = analyze(
      'Interview: Noam Chomsky',
      'And the head of NATO, Hoop Scheffer, he has explained that NATO must take on responsibility for ensuring the security of pipelines and sea lanes, that is NATO must be a guarantor of energy supplies for the West.',
    );
    expect(attribution(article, 'NATO must take on responsibility')).toMatchObject({ kind: 'reported', speaker: 'Hoop Scheffer' });
  });
});

// wikinews-more-suspected-plane-debris-washes-ashore-maldives-2015-08-13 (development half).
test('"Malaysia said they believe …": the "they" after a country\'s speech verb is the country, not the ministry named before', () => {
  const article = analyze(
    'More suspected plane debris washes ashore in Maldives',
    'Malaysian officials are currently investigating other debris to determine if they came from an aircraft and if so "discussions will be held to determine the next steps in terms of the process of analysis", said the Malaysian transport ministry in a statement.',
    'On Tuesday, a team of Malaysian investigators arrived in Maldives to take charge of debris washed ashore on Vabbinfaru on May 31, which had previously been disposed of as trash, and transport it back to Malaysia for further analysis. Malaysia said they believe the debris could be from MH370, but no official confirmation has been made.',
  );
  expect(attribution(article, 'the debris could be from MH370')).toMatchObject({ speaker: 'Malaysia', speakerRef: 'they' });
});
