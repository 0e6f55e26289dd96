import { expect, test } from 'vitest';
import { perfectAsPast } from '../../../../../src/core/engine/attribution/reported/perfectAsPast';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/perfectAsPast.ts: after "has", "have" or "had", a verb's object is read as after the simple past.

const reported = (...paragraphs: Array<string>) => quotesOf(analyze('Headline', ...paragraphs)).filter((q) => q.kind === 'reported');

// wikinews-nigerian-fuel-tanker-explosion-leaves-30-dead-2008-01-12, wikinews-buddhist-unesco-site-india-terrorist-attack-
// 2013-07-08 and wikinews-mubarak-summoned-egyptian-prosecutors-2011-04-10 (development half).
test('"has claimed responsibility for …", "has declared the explosions an act of terrorism", "has denied using …" report as the simple past does', () => {
  const mend = analyze(
    'Nigerian fuel tanker explosion leaves at least 30 dead',
    "The Movement for the Emancipation of the Niger Delta has claimed responsibility for a series of recent attacks, including one aimed at four ships in the Bonny Channel - the nation's largest oil and gas terminal - and an explosion and fire yesterday on a seagoing oil tanker berthed in Port Harcourt's sea terminal.",
  );
  expect(attribution(mend, 'responsibility for a series of recent attacks')).toMatchObject({
    kind: 'reported',
    speaker: 'Movement for the Emancipation of the Niger Delta',
  });
  const ministry = analyze(
    'Buddhist UNESCO World Heritage site in India suffers terrorist attack',
    'The Ministry of Home Affairs has declared the explosions an act of terrorism.',
  );
  expect(attribution(ministry, 'the explosions an act of terrorism')).toMatchObject({ kind: 'reported', speaker: 'Ministry of Home Affairs' });
  const army = analyze(
    'Mubarak summoned by Egyptian prosecutors to face allegations of killings and corruption',
    'The army has denied using live ammunition, but several people suffered gunshot wounds.',
  );
  expect(attribution(army, 'using live ammunition')).toMatchObject({ kind: 'reported' });
});

// wikinews-us-to-sell-precision-guided-bombs-saudi-arabia-2008-01-15 (development half).
test('an unnamed group\'s perfect with its object ("Critics of the package have faulted …") is its words, unattributed', () => {
  const critics = analyze(
    'US to sell precision-guided bombs to Saudi Arabia',
    "Critics of the package have faulted Saudi Arabia's record in combating terrorism and advancing political reform.",
  );
  expect(attribution(critics, "Saudi Arabia's record in combating terrorism")).toMatchObject({ kind: 'reported', speaker: null });
});

// wikinews-military-advisers-libya-photojournalists-killed-misrata-2011-04-20 (development half).
test('"have announced along with the United Kingdom that they will …": the that-clause\'s verb is what was said, not the object\'s own', () => {
  const article = analyze(
    'Military advisers to Libya',
    'France and Italy have announced along with the United Kingdom that they will be sending military advisers to help Libyan rebels in their fight against the forces of Libyan leader Muammar Gaddafi.',
  );
  expect(attribution(article, 'they will be sending military advisers to help Libyan rebels')).toMatchObject({ kind: 'reported' });
});

// wikinews-2008-dakar-rally-cancelled-over-terrorist-threat-2008-01-05 (development half).
test('an object joined to a clause of its own ("had promised a 3,000-strong security force … but the remote location … would make …") is not read', () => {
  const joined =
    'The Mauritanian government had promised a 3,000-strong security force to protect the competitors but the remote location of the desert and scrubland involved would make effective security arrangements almost impossible.';
  expect(perfectAsPast(joined, joined.indexOf(' a 3,000'), 'promised')).toBe(false);
  expect(reported(joined).some((q) => q.text.includes('would make'))).toBe(false);
  const alone = 'had promised a 3,000-strong security force to protect the competitors.';
  expect(perfectAsPast(alone, 'had promised'.length, 'promised')).toBe(true);
});

// gv-israel-mofaz-derided-unity-government-2012-05-09 (development half).
test('near misses: a time after the verb, a passive, and a bare clause are not read as the simple past', () => {
  expect(
    reported(
      "Israel's biggest news story of recent months happened in the early hours of May 8: the head of the opposition and new chairman of the centrist Kadima party, Shaul Mofaz, agreed to join Benjamin Netanyahu's government, thus postponing the early elections Netanyahu had announced just days before.",
    ).map((q) => q.text),
  ).not.toContain('just days before');
  expect(reported('The mayor has been criticized by residents for the closure of the bridge.')).toEqual([]);
  const text = 'had announced a week earlier.';
  expect(perfectAsPast(text, 'had announced'.length, 'announced')).toBe(false);
  const clause = 'has stated reconstruction will cost billions';
  expect(perfectAsPast(clause, 'has stated'.length, 'stated')).toBe(false);
  const object = 'has declared the explosions an act of terrorism';
  expect(perfectAsPast(object, 'has declared'.length, 'declared')).toBe(true);
});
