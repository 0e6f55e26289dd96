import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// documentOnSite.ts: a document on a named owner's website speaks in the owner's words. Sentences verbatim from the
// development half (Wikinews 2008 and 2020, CC BY 2.5).

const DAKAR = [
  '2008 Dakar Rally cancelled over terrorist threat',
  'The endurance event is the world’s biggest off-road rally and Paris-based organisers Amaury Sport Organisation had said as late as Thursday that more than 500 cars, trucks, motorcycles and quads from fifty different countries were ready to go as scheduled. However, the organisation changed its mind under pressure from the French government.',
  'French Foreign Minister Bernard Kouchner said yesterday that Amuary had been warned by government officials that it would be too dangerous to go ahead with the plan. After last-minute meetings with ministry officials. “No other decision but the cancellation of the sporting event could be taken,” said a statement on Amuary’s website.',
  'Patrice Clerc, head of Amuary, stated “When you are told of direct threats against the event and when the sinister name of al-Qaeda is mentioned, you don’t ask for details. It was enough for me to hear my government say the danger is at a maximum.”',
] as const;

test('"“…,” said a statement on Amuary’s website" is the organisation\'s, not a speaker called "a statement" (wikinews-2008-dakar-rally-cancelled-over-terrorist-threat-2008-01-05)', () => {
  const article = analyze(...DAKAR);
  const { kind, speaker } = attribution(article, 'No other decision but the cancellation');
  expect(kind).toBe('direct');
  expect(['Amaury Sport Organisation', 'Amuary']).toContain(speaker);
});

test('a statement posted to "his" account is not read back to the man it names (wikinews-tributes-paid-to-chadwick-boseman-2020-09-02)', () => {
  const article = analyze(
    'Tributes paid to recently deceased US actor Chadwick Boseman',
    'Over the weekend, tributes were paid to US actor Chadwick Boseman, including Sunday\'s commercial-free airing of Black Panther and a special retrospective about Boseman entitled "A Tribute For a King" by American Broadcasting Company (ABC). Boseman died on Friday after being diagnosed with colon cancer four years earlier.',
    'Boseman died at home on August 28 in the company of his wife and family according to a statement posted to his official Twitter account. It also stated he was in stage IV of his cancer which had been diagnosed in 2016.',
  );
  expect(attribution(article, 'Boseman died at home on August 28').speaker).not.toBe('Chadwick Boseman');
});
