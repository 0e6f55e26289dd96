import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';
import { topicStart } from '../../../../../src/core/engine/attribution/reported/talkedOf';

// reported/talkedOf.ts: "talked of …", "spoke about …", "told of …" — the topic spoken of is what was said.

describe('a topic talked of', () => {
  // "Toronto Comicon 2019", Wikinews (CC BY 2.5), development half.
  test('"Emma Caufield talked of being cast …": the topic is her reported speech', () => {
    const article = analyze(
      'Toronto Comicon 2019',
      'Emma Caufield talked of being cast in an NBC television pilot while a recurring guest actor on Buffy the Vampire Slayer.',
    );
    expect(attribution(article, 'being cast in an NBC television pilot')).toMatchObject({
      kind: 'reported',
      speaker: 'Emma Caufield',
      cue: 'Emma Caufield talked of',
    });
  });

  // "Fan Expo Canada 2019", Wikinews (CC BY 2.5), development half.
  test('"talked about how the series has been underestimated "up \'til now."": the how-clause, its quoted words apart', () => {
    const article = analyze('Fan Expo Canada 2019', 'Lead Paul Sun-Hyung Lee talked about how the series has been underestimated "up \'til now."');
    expect(quotesOf(article).map((q) => [q.kind, q.text])).toEqual([
      ['reported', 'how the series has been underestimated "up \'til now."'],
      ['direct', "up 'til now."],
    ]);
    expect(attribution(article, 'how the series')).toMatchObject({ speaker: 'Paul Sun-Hyung Lee' });
  });

  // "Fan Expo Canada 2019", Wikinews (CC BY 2.5), development half.
  test('"told of being forced to re-evaluate her life": a "to" inside the topic is no directive', () => {
    const article = analyze('Fan Expo Canada 2019', 'Comic artist Jenn St-Onge told of being forced to re-evaluate her life.');
    expect(attribution(article, 'being forced to re-evaluate her life')).toMatchObject({ kind: 'reported', cue: 'Comic artist Jenn St-Onge told of' });
  });

  // "Ukraine: Lukyanivska prison", Global Voices (CC BY 3.0), development half.
  test('a stranded "about" whose topic came before it opens no topic', () => {
    const text = 'everything that [Usov] has told about in his film, and everyone from inmates to prison guards are fine with it';
    expect(topicStart('told', text, text.indexOf(' about'))).toBeNull();
  });

  test('a verb that tells no topic has none', () => {
    const text = 'She spoke to reporters about the plan.';
    expect(topicStart('spoke', text, text.indexOf(' to'))).toBeNull();
  });
});

describe('what someone spoke or argued against', () => {
  // "Yemen: Anger at Expansion of US Drone War", Global Voices (CC BY 3.0), development half.
  const HEADLINE = 'Yemen: Anger at Expansion of US Drone War';

  test('"has argued against the use of drones …": the object argued against is the reported speech', () => {
    const article = analyze(
      HEADLINE,
      'Jeremy Scahill, an award-winning American investigative journalist, has argued against the use of drones in Yemen, Pakistan and Somalia.',
    );
    expect(attribution(article, 'the use of drones in Yemen, Pakistan and Somalia')).toMatchObject({ kind: 'reported', speaker: 'Jeremy Scahill' });
  });

  test('"challenged him and spoke up against drone killings …": the speaker of the first verb speaks up', () => {
    const article = analyze(
      HEADLINE,
      'Activist Medea Benjamin challenged him and spoke up against drone killings in Pakistan, Yemen and other countries, as shown in this video:',
    );
    expect(attribution(article, 'drone killings in Pakistan, Yemen and other countries')).toMatchObject({
      kind: 'reported',
      speaker: 'Medea Benjamin',
      cue: 'spoke up against',
    });
  });

  test('"argued" before anything but "against" tells no topic', () => {
    const text = 'The lawyers argued about the fee for hours.';
    expect(topicStart('argued', text, text.indexOf(' about'))).toBeNull();
  });
});

describe('what someone warned of', () => {
  // voa-zimbabwe-police-shut-harare-residents-association-2007-03-23 (public domain), development half.
  test('"Shumba told … that security officials warned of further trouble …": the report is Shumba\'s, the warning no one else\'s', () => {
    const article = analyze(
      'Zimbabwe Police Shut Down Office Of Harare Residents Association',
      'CHRA spokesman Precious Shumba said dozens of plain-clothes police surrounded the group’s offices in downtown Harare.',
      "Shumba told reporter Patience Rusere of VOA's Studio 7 for Zimbabwe that security officials warned of further trouble if civic activists continued their activities.",
    );
    expect(attribution(article, 'security officials warned of further trouble')).toMatchObject({ kind: 'reported', speaker: 'Precious Shumba' });
    expect(topicStart('warned', ' of further trouble', 0)).toBe(' of'.length + 1);
  });

  test('"warned of", "warned about" and "warned against" tell a topic; "warned" before anything else does not', () => {
    expect(topicStart('warned', ' about the risks', 0)).not.toBeNull();
    expect(topicStart('warns', ' against complacency', 0)).not.toBeNull();
    expect(topicStart('warned', ' the public', 0)).toBeNull();
    expect(quotesOf(analyze('Patient warned', 'He was warned of the dangers by his doctor.'))).toEqual([]);
  });
});

describe('a warning going on from its clause, and an attack in words', () => {
  // wikinews-hurricane-humberto-category-3-bermuda-2019-09-19 (Wikinews, CC BY 2.5), development half.
  test('"The NHC noted dangerous surf conditions, warning of a possibility of coastal flooding": the participle warns for the NHC', () => {
    const article = analyze('Hurricane Humberto', 'The NHC noted dangerous surf conditions, warning of a possibility of coastal flooding.');
    expect(attribution(article, 'a possibility of coastal flooding')).toMatchObject({ kind: 'reported', speaker: 'NHC', cue: 'warning of' });
  });

  // wikinews-violence-washington-dc-pro-trump-protest-2020-11-17 (Wikinews, CC BY 2.5), development half.
  test('"President Trump lashed out at the capital city\'s Democratic mayor Muriel Bowser on Twitter": the one attacked is the content', () => {
    const article = analyze(
      'Violence in Washington, D.C.',
      'President Trump lashed out at the capital city\'s Democratic mayor Muriel Bowser on Twitter, accusing her of "not doing her job".',
    );
    expect(attribution(article, "the capital city's Democratic mayor Muriel Bowser")).toMatchObject({
      kind: 'reported',
      speaker: 'Trump',
      cue: 'President Trump lashed out at',
    });
    expect(topicStart('lashed', ' the rope to the mast.', 0)).toBeNull();
  });
});

describe('what an apology is for', () => {
  // wikinews-scheduled-power-outages-northern-california-2019-10-09 (Wikinews, CC BY 2.5), development half.
  test('"The company apologized for its website being inaccessible …": what it is for is what the company said', () => {
    const article = analyze(
      'Scheduled power outages in northern California',
      'PG&E said the outages began. The company apologized for its website being inaccessible due to high volume of traffic.',
    );
    expect(attribution(article, 'its website being inaccessible')).toMatchObject({ kind: 'reported', speaker: 'PG&E', cue: 'The company apologized for' });
  });

  test('"apologized for years", "apologized to the family": a time or a listener tells nothing said', () => {
    expect(topicStart('apologized', ' for years.', 0)).toBeNull();
    expect(topicStart('apologized', ' to the family.', 0)).toBeNull();
  });
});
