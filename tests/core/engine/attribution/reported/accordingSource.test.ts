import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/accordingSource.ts: the source "according to" names, and whose word it is: a document's owner or author, the
// role a body's possessive names, a group someone has. Sentences from the development half of tests/fixtures/real.

// wikinews-queen-elizabeth-suspends-uk-parliament-2019-08-29.
test("\"According to Johnson's critics, …\" is neither Johnson's nor anyone's the text names", () => {
  const article = analyze(
    'Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline',
    "Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the request of Prime Minister Boris Johnson to suspend Parliament for parts of September and October.",
    "According to Johnson's critics, this is a ploy to achieve a no-deal Brexit, meaning the UK would cease to be part of the European Union (EU) without any specific arrangements made about trade.",
  );
  expect(attribution(article, 'this is a ploy')).toMatchObject({ kind: 'reported', speaker: null, cue: "According to Johnson's critics" });
});

// wikinews-new-delhi-cow-urine-party-covid-19-2020-03-17.
test("\"According to the WHO's situation report dated March 16, …\" is the WHO's: a document of the owner's is the owner's word", () => {
  const article = analyze(
    '200 in New Delhi, India drink cow urine to fight off COVID-19',
    'COVID-19 was previously announced to be a "pandemic" by the World Health Organization (WHO). According to the WHO\'s situation report dated March 16, the virus claimed 6606 lives, and 167,515 cases were reported of this disease.',
  );
  expect(attribution(article, 'the virus claimed 6606 lives')).toMatchObject({ kind: 'reported', speaker: 'World Health Organization' });
});

// wikinews-new-delhi-cow-urine-party-covid-19-2020-03-17.
test('"According to the reports by Johns Hopkins Center for Systems Science and Engineering, …" is the reports\' author\'s', () => {
  const article = analyze(
    '200 in New Delhi, India drink cow urine to fight off COVID-19',
    'According to the reports by Johns Hopkins Center for Systems Science and Engineering, there are at least 142 cases in India, of which three patients have died.',
  );
  expect(attribution(article, 'there are at least 142 cases')).toMatchObject({
    kind: 'reported',
    speaker: 'Johns Hopkins Center for Systems Science and Engineering',
  });
});

// wikinews-who-names-new-coronavirus-covid-19-2020-02-14.
test('"According to the United Nations\' Food and Agriculture Organization\'s chief veterinary officer, …": the officer, whom the text does not name', () => {
  const article = analyze(
    'World Health Organization names new coronavirus COVID-19',
    "According to the United Nations' Food and Agriculture Organization's chief veterinary officer, it was completely unnecessary.",
  );
  expect(attribution(article, 'it was completely unnecessary')).toMatchObject({ kind: 'reported', speaker: null, resolution: 'unattributed' });
});

// wikinews-house-subpoenas-pompeo-as-ukraine-envoy-resigns-2019-09-30.
test('"According to a poll published by NBC News last week, …" is the publisher\'s', () => {
  const article = analyze(
    'U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns',
    'According to a poll published by NBC News last week, over 220 members of the House of Representatives favored some form of impeachment.',
  );
  expect(attribution(article, 'over 220 members')).toMatchObject({
    kind: 'reported',
    speaker: 'NBC News',
    cue: 'According to a poll published by NBC News last week',
  });
});

// wikinews-first-foreigners-die-coronavirus-wuhan-2020-02-10 (dev), whose gold gives it to the embassy.
test('"According to the U.S. embassy in Beijing, …" is the embassy\'s, not the country\'s', () => {
  const article = analyze(
    'First foreigners die from coronavirus in Wuhan, China',
    'According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese authorities referred to him as "Chinese-American."',
  );
  expect(attribution(article, 'the infected 60-year-old western man died')).toMatchObject({ kind: 'reported', speaker: 'U.S. embassy in Beijing' });
});

// wikinews-bloomberg-warren-end-campaigns-super-tuesday-2020-03-06 and wikinews-pope-francis-instructs-reporting-sexual-
// abuse-2019-05-12.
test('"According to projections by CNN and NPR", "Per numbers reported by The Associated Press": the body after "by" speaks', () => {
  const article = analyze(
    'Headline',
    'Former Vice-President Biden secured pluralities in ten states. According to projections by CNN and NPR, he won in Virginia, North Carolina, Alabama, Oklahoma, Tennessee, Minnesota, Arkansas, Massachusetts, Texas, and Maine.',
    'The decree also mentions establishing a system to keep the identity of the victims confidential. Per numbers reported by The Associated Press, 415 thousand priests and 660 thousand nuns are subject to the requirement.',
  );
  expect(attribution(article, 'he won in Virginia')).toMatchObject({ kind: 'reported', speaker: 'CNN' });
  expect(attribution(article, '415 thousand priests')).toMatchObject({ kind: 'reported', speaker: 'Associated Press' });
});

test('"according to comments by locals": no body named after "by", so no author is taken', () => {
  const article = analyze('Headline', 'According to estimates by local residents, the water rose two metres overnight.');
  expect(attribution(article, 'the water rose two metres')).toMatchObject({ kind: 'reported' });
  expect(attribution(article, 'the water rose two metres').speaker).not.toBe('local residents');
});

// wikinews-malaysia-airlines-flight-17-shot-down-eastern-ukraine-2014-07-18 (development half).
test('"…, according to US officials, …" is the officials\' word, unnamed, not the country\'s', () => {
  const article = analyze(
    'Malaysia Airlines Flight 17 shot down over eastern Ukraine',
    'Malaysia Airlines Flight 17, a Boeing 777, was shot down by a surface-to-air missile on Thursday according to US officials, over disputed eastern Ukraine by an unidentified party.',
  );
  expect(attribution(article, 'Malaysia Airlines Flight 17, a Boeing 777, was shot down by a surface-to-air missile on Thursday')).toMatchObject({
    speaker: null,
    speakerRef: 'US officials',
  });
});

// wikinews-trump-defends-sharing-classified-information-russia-2017-05-16 (development half).
test('"According to U.S. officials who spoke on condition of anonymity, …" is the officials\' word, unnamed, not the country\'s', () => {
  const article = analyze(
    'U.S. President Trump defends decision to share classified information with Russians',
    'An official from one country in Europe told the Associated Press his government might cease to share intelligence with the United States. According to U.S. officials who spoke on condition of anonymity, the information came from Israel.',
  );
  expect(attribution(article, 'the information came from Israel')).toMatchObject({
    speaker: null,
    speakerRef: 'U.S. officials',
  });
});

// wikinews-shorts-zibo-lebanon-wyclef-boeing-2010-08-04 and wikinews-mecca-crane-collapse-2015-09-12.
test("\"According to Islamabad's National Weather Forecasting Center, …\" is the centre's: a body a place's possessive names by name speaks, not the place", () => {
  const article = analyze(
    'Wikinews Shorts: August 5, 2010',
    "The flooding has killed over 1,500 people and has left over three million others in need of assistance. According to Islamabad's National Weather Forecasting Center, rain has been falling at a rate of 25-30% higher than average.",
  );
  expect(attribution(article, 'rain has been falling at a rate of 25-30% higher than average')).toMatchObject({
    kind: 'reported',
    speaker: 'National Weather Forecasting Center',
  });
  const mecca = analyze(
    'Crane collapse in Mecca',
    "On Friday a crane fell into Mecca's Grand Mosque, killing 107 or more and wounding 238, according to Saudi Arabia's Civil Defense Authority.",
  );
  expect(attribution(mecca, "On Friday a crane fell into Mecca's Grand Mosque")).toMatchObject({ kind: 'reported', speaker: 'Civil Defense Authority' });
  // A country's ministry, named by its role, is a body of its own named as written (mentionSubject.ts), never the country.
  const ministry = analyze('Plant to close', "The plant will close in May, according to Russia's foreign ministry.");
  expect(attribution(ministry, 'The plant will close in May')).toMatchObject({ kind: 'reported', speaker: "Russia's foreign ministry" });
});

// A fresh Wikinews page (Venezuela and Colombia, February 2005), measured held out.
test.each([
  ["According to Bogota's newspaper El Tiempo, Uribe asked for Castro's help on January 21."],
  ['According to the Bogota newspaper El Tiempo, Uribe asked for Castro’s help on January 21.'],
])('a place, an outlet’s kind noun and its name: the outlet speaks, not the place: %s', (sentence) => {
  const article = analyze('Castro intervenes in the crisis', 'Colombian President Alvaro Uribe met Hugo Chávez.', sentence);
  expect(attribution(article, 'Uribe asked for')).toMatchObject({ kind: 'reported', speaker: 'El Tiempo' });
});
