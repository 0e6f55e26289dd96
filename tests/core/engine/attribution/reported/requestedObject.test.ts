import { describe, expect, test } from 'vitest';
import { requestReported, requestsObject } from '../../../../../src/core/engine/attribution/reported/requestedObject';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/requestedObject.ts: what "requested" asks for when a noun phrase follows it, a request made in words.

describe('a noun phrase after "requested" is what was asked for', () => {
  // English Wikinews 2006, wikinews-burns-engages-india-civil-nuclear-energy-pact-2006-01-21 (development half).
  test('"The US has requested a number of safeguards in exchange" reports the safeguards', () => {
    const article = analyze(
      'Burns engages India on civil nuclear energy pact',
      "The deal would lead to the lifting of restrictions on nuclear technology transfer imposed by the US since India's nuclear tests in 1998. The US has requested a number of safeguards in exchange.",
    );
    expect(attribution(article, 'a number of safeguards in exchange')).toMatchObject({ kind: 'reported', cue: 'US has requested' });
  });

  // English Wikinews 2019, wikinews-us-restricts-flights-to-cuba-2019-10-27 (development half).
  test('"…, for which Pompeo requested an exemption": a two-word object is enough', () => {
    const article = analyze(
      'US restricts flights to Cuba',
      'US Secretary of State Mike Pompeo sent a letter requesting the new rules to Elaine Chao, the Secretary of Transportation; the new rules were released later the same day.',
      'The new regulations do not apply to José Martí International Airport, for which Pompeo requested an exemption.',
    );
    expect(attribution(article, 'an exemption')).toMatchObject({ kind: 'reported', speaker: 'Mike Pompeo' });
  });

  // English Wikinews 2017, wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05 (development half).
  test('"the Department of Justice requested an emergency stay of the judge\'s ruling" reports the stay asked for', () => {
    const article = analyze(
      'Travel to US resumes after federal judge blocks executive order',
      "The Department of Justice requested an emergency stay of the judge's ruling.",
    );
    expect(quotesOf(article).map((q) => [q.kind, q.text])).toEqual([['reported', "an emergency stay of the judge's ruling"]]);
  });

  test('"who requested anonymity" and "requested political asylum" ask for nothing in words', () => {
    const article = analyze(
      'Official speaks of talks',
      'The official, who requested anonymity because he was not authorised to speak, declined to name the ministers. The rumors state that Wang has requested political asylum.',
    );
    expect(quotesOf(article).filter((q) => /anonymity|asylum/.test(q.text))).toEqual([]);
  });
});

describe('"requested" as an adjective asks for nothing', () => {
  test('after "most … and", "number one" or a possessive', () => {
    expect(requestsObject("NASA's most iconic and ", ' images')).toBe(false);
    expect(requestsObject('their "number one ', ' hero helmet')).toBe(false);
    expect(requestsObject("the Army's budget decreased each year to 2013's ", ' ~$184 billion')).toBe(false);
    expect(requestsObject('Rogaland Fire and Rescue ', ' support and equipment from other fire departments')).toBe(true);
  });
});

describe('"requested" reports words before a clause or an object asked for, not anonymity', () => {
  test('a that-clause, an object and "to", a bare object: words; anonymity or asylum: none', () => {
    expect(requestReported('Amnesty International ', ' that Iran free journalists')).toBe(true);
    expect(requestReported('Rogaland Fire and Rescue ', ' support and equipment from other fire departments')).toBe(true);
    expect(requestReported('The official, who ', ' anonymity because he was not authorised to speak, said')).toBe(false);
    expect(requestReported('He has ', ' political asylum')).toBe(false);
  });
});
