import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/labelledPost.ts: readers' comments printed one a paragraph under the writer's full name and a colon (Global
// Voices, "Philippines, China: Scarborough Shoal Dispute Goes Online", 2012, development half).

const PHILIPPINES = 'Philippines, China: Scarborough Shoal Dispute Goes Online';
const SPRATLY =
  'Bigger than Scarborough, the Spratly issue is more controversial and potentially more dangerous since 6 countries in the Asia-Pacific are claiming the resource-rich islands.';

describe('a comment under its writer’s name', () => {
  const article = analyze(
    PHILIPPINES,
    SPRATLY,
    'Ed Dalisay: China has a bigger problem at home. Their economy is falling and it is not that rosy as it seems to be. Leaders will always find distraction so that the people will rally behind them. One way is to wedge war against a small nation that they can easily bully. History is littered with this familiar story. This is what Bush did when he declared war against Iraq because he is becoming unpopular at home.',
    "Joseph Corpuz: We may not be strong as China in terms of military but we can be strong economically if only we get our act together, if they don't want our exports then let's look to other countries and we must be self-reliant we can do this.",
  );

  test('the words after "Ed Dalisay:" are his direct quote, the label its cue', () => {
    expect(attribution(article, 'China has a bigger problem at home.')).toMatchObject({
      kind: 'direct',
      speaker: 'Ed Dalisay',
      resolution: 'name',
      cue: 'Ed Dalisay',
    });
  });

  test('each labelled paragraph is its own writer’s', () => {
    expect(attribution(article, 'We may not be strong as China').speaker).toBe('Joseph Corpuz');
  });
});

describe('a run of comments under their writers’ names', () => {
  const article = analyze(
    PHILIPPINES,
    SPRATLY,
    'Miko Lucena: Call it desperate to regain economic strength. With the cost of labor rising they need another source of income, preferably what the world needs, oil.',
    'Roselyne Bairan Cua: Ang laki laki ng china,pinagkaka interesan ang atin maliliit na isla. They should just stay away from our islands and focus on their own problem. Palibasa alam nila wala tayong military warfare. Dinaadaan tayo sa sindak. Takot naman sila sa FB.',
    'Roselyne Bairan Cua China is so big already yet it’s still interested in our small islands. They should just stay away from our islands and focus on their own problem. Maybe they know we don’t have military warfare. They are bullying us. Yet they are afraid of Facebook.',
    'Ed Dalisay: China has a bigger problem at home. Their economy is falling and it is not that rosy as it seems to be. Leaders will always find distraction so that the people will rally behind them. One way is to wedge war against a small nation that they can easily bully. History is littered with this familiar story. This is what Bush did when he declared war against Iraq because he is becoming unpopular at home.',
  );

  test('a name no list knows is still the writer of a comment beside one by a known person', () => {
    expect(attribution(article, 'Call it desperate')).toMatchObject({ kind: 'direct', speaker: 'Miko Lucena', cue: 'Miko Lucena' });
    expect(attribution(article, 'Ang laki laki ng china').speaker).toBe('Roselyne Bairan Cua');
  });

  test('each becomes a person of the article', () => {
    const people = article.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Miko Lucena', 'Roselyne Bairan Cua', 'Ed Dalisay']));
  });
});

// A fresh NASA page's headline (public domain) and a fresh US Army page's labelled entries (development half).
test.each([
  ['Eleasa Kim: Pioneering CLDP Payload Operations and Cultural Integration'],
  ['Simultaneous Operations: The Army must be able to operate simultaneously in the land, air and maritime domains.'],
])('a label that names no one, or words that are no sentence, give no quote: %s', (text) => {
  expect(quotesOf(analyze('Army Watercraft: A Land Power Capability', SPRATLY, text))).toEqual([]);
});
