import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/coordinatedCue.ts: `X did Y and said, "…"` — a speech verb joined by "and" shares its clause's subject.
// sieves/ownCue.ts: a quote followed by a cue of its own is not the previous speaker's. Sentences from fresh text.

describe('coordinated cue', () => {
  test("'Erdoğan cited Article 5 of the NATO treaty and said, “…”' is Erdoğan's", () => {
    const article = analyze(
      'Kurds announce deal with Assad',
      'Turkish President Recep Tayyip Erdoğan launched the operation last week.',
      'The operation was condemned by members of the European Union. Erdoğan cited Article 5 of the NATO treaty and said, "They need to stand by us", while addressing the press yesterday.',
    );
    expect(attribution(article, 'They need to stand by us')).toMatchObject({ kind: 'direct', speaker: 'Recep Tayyip Erdoğan', cue: 'said' });
  });

  test('a first verb that only puts words in marks opens no clause: \'Duda also characterised the deaths as "crushing" and wrote "…"\' is Duda\'s', () => {
    const article = analyze(
      'Escape room fire kills five teen girls in Koszalin, Poland',
      'Polish President Andrzej Duda offered his condolences to the families.',
      'Duda also characterised the deaths as "crushing" and wrote "May God protect their parents and loved ones."',
    );
    expect(attribution(article, 'May God protect')).toMatchObject({ kind: 'direct', speaker: 'Andrzej Duda', cue: 'wrote' });
  });

  test('a name set off by commas after its title, then "called it "…" and said "…"": the second quote is the name\'s', () => {
    const article = analyze(
      'Fire at historic Welsh ex-hotel Bontddu Hall kills one',
      'The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, called it "a retrograde step" and said "[a]n area like this cannot afford to lose such a quality hotel."',
    );
    expect(attribution(article, '[a]n area like this')).toMatchObject({ kind: 'direct', speaker: 'David Clay', cue: 'said' });
  });

  test('a verb joined by "and" inside a that-clause is not the claim\'s speaker: "The Atlantic claimed that … Trump … and referred to … as “losers”"', () => {
    const article = analyze(
      'On the campaign trail in the USA, September 2020',
      'Next, The Atlantic claimed that during a 2018 trip to France, Trump refused to visit a cemetery of U.S. soldiers killed during the World War I Battle of Belleau Wood and referred to the soldiers buried there as "losers" and "suckers."',
    );
    expect(quotesOf(article).filter((q) => q.text.startsWith('losers') && q.speakerId !== null)).toEqual([]);
    expect(quotesOf(article).filter((q) => q.text.startsWith('suckers') && q.speakerId !== null)).toEqual([]);
  });

  test('an object with a comma is no object: "a network that monitors and maintains a … system, tracking every “train”" is no quote', () => {
    const article = analyze(
      'NASA Lights Beacon on Moon',
      'As the lunar infrastructure expands, Evan Anzalone envisions LN-1 evolving into something akin to a network that monitors and maintains a busy metropolitan subway system, tracking every “train” in real time.',
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('train');
  });
});

describe('a quote with a cue of its own', () => {
  test("“What are you doing?” “Well, Mr. President,” the janitor responded — the answer is not the asker's", () => {
    const article = analyze(
      'Kennedy story',
      'There is a famous story about President John F. Kennedy’s first visit to NASA headquarters in 1961. He interrupted his tour, walked over to the man and asked: “What are you doing?” “Well, Mr. President,” the janitor responded, “I’m helping to put a man on the moon.”',
    );
    expect(attribution(article, 'What are you doing?')).toMatchObject({ kind: 'direct', speaker: 'John F. Kennedy' });
    expect(quotesOf(article).filter((q) => q.text.startsWith('Well, Mr. President') && q.speakerId !== null)).toEqual([]);
    expect(attribution(article, 'I’m helping to put a man')).toMatchObject({ speaker: null });
  });
});

test('"Duda also characterised the deaths as "crushing" and wrote "…"" is Duda\'s throughout (fresh: Wikinews 2019, Koszalin escape room fire)', () => {
  const article = analyze(
    'Escape room fire kills five teen girls in Koszalin, Poland',
    'President Andrzej Duda said the victims were "joyful girls starting out in life [who] have had life torn away from them" in an "appalling tragedy". Duda also characterised the deaths as "crushing" and wrote "May God protect their parents and loved ones."',
  );
  expect(attribution(article, 'May God protect')).toMatchObject({ kind: 'direct', speaker: 'Andrzej Duda' });
});

test('a person after the first speech verb may open a reported clause: "Duda said Kubiak was "crushed" and wrote "…"" abstains', () => {
  const article = analyze(
    'Escape room fire kills five teen girls in Koszalin, Poland',
    'Fire brigade spokesman Tomasz Kubiak described the scene. President Andrzej Duda said Kubiak was "crushed" and wrote "May God protect their parents and loved ones."',
  );
  expect(attribution(article, 'May God protect').speaker).not.toBe('Andrzej Duda');
});

test('a lead-in ending in a colon may run long after "and believes" (fresh nasa/29)', () => {
  const article = analyze(
    'Engineer draws on music education',
    'Now a structural materials engineer at NASA’s Marshall Space Flight Center, Lauren Fisher works on a key adapter for NASA’s SLS (Space Launch System) rocket.',
    'Fisher works with a number of teams across the agency and believes her background in music education has been an asset to her work as an engineer: “Teaching skills help you look at things from a different perspective and helps with understanding how others might approach a situation – all very helpful when I’m working with teams.”',
  );
  expect(attribution(article, 'Teaching skills help you')).toMatchObject({ kind: 'direct', speaker: 'Lauren Fisher' });
});

// wikinews-australia-stores-lower-toilet-paper-limits-2020-03-13 (dev half), its first two paragraphs verbatim.
test('a that-clause closing on a quotation ends there: "Coles … reported that …, “…”, and called the demand “unprecedented”" is Coles\'s', () => {
  const article = analyze(
    'Australian stores lower toilet paper limits',
    "On Sunday and Saturday evening, Australian store chains Woolworths and Coles lowered their purchase restrictions on toilet paper to two and one package per transaction in all stores on national level, respectively. ALDI also introduced a one-pack limit, on Monday. These limitations were posted as messages on the checkouts, and on the chains' Facebook pages. Buyers were reportedly stocking up due to fears of COVID-19 in case people need to self-isolate. On Wednesday, Woolworths also limited toilet paper purchases for home delivery to one pack per order.",
    'These changes followed the previous four-pack per transaction restriction introduced by Woolworths and Coles on March 4 and 5 respectively. Coles, in its March 8 media release, reported that with the four-pack restriction in place, "many stores are still selling out within an hour of delivery", and called the demand "unprecedented", while ALDI, in a Facebook post on Tuesday, called it "unexpected". Sales went up in a "sharp increase" last week, according to a Woolworths spokesperson. Costco\'s store in Canberra also limited the allowed amount to two packs last week.',
  );
  expect(attribution(article, 'unprecedented')).toMatchObject({ kind: 'direct', speaker: 'Coles' });
  expect(attribution(article, 'unexpected')).toMatchObject({ kind: 'direct', speaker: 'ALDI' });
});
