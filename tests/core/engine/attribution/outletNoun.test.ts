import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// outletNoun.ts: "the website", "the industry publication" name anew the outlet the sentence before was about.
// Sentences verbatim from the development half (Wikinews, CC BY 2.5).

test('"The industry publication stated …" right after "The Aviation Herald reported …" is the Aviation Herald\'s', () => {
  // wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15
  const article = analyze(
    'Iranian cargo plane crashes into Karaj houses',
    'Fars News said the crash involved pilot error. The lone survivor was a flight engineer. The entire crew were Iranians, the army said. Press TV said the crash was followed by a fire.',
    'The Aviation Herald reported the failed landing at Fath, which has a much shorter runway than Payam, was a mistake and the jet was supposed to land at Payam. The industry publication stated the aircraft overran the runway and broke through a perimeter barrier.',
  );
  expect(attribution(article, 'the aircraft overran the runway')).toMatchObject({ speaker: 'Aviation Herald', resolution: 'role' });
});

test('"The website further reported …" after "Znak.com reported its source said …" is the site\'s, not its source\'s', () => {
  // wikinews-magnitogorsk-apartment-building-collapse-2019-01-04
  const article = analyze(
    'Magnitogorsk apartment building collapse',
    'Znak.com reported its source said "three terrorists" were killed in a firefight on Monday night, while footage from the scene showed the vehicle burn amid what sounds like gunfire.',
    'The website further reported its anonymous source claimed a fourth offender escaped and remains wanted.',
  );
  expect(attribution(article, 'its anonymous source claimed')).toMatchObject({ speaker: 'Znak.com', resolution: 'role' });
});

test('"the website noted …" after a sentence about another tracking site is left to no one rather than that site', () => {
  // wikinews-investigates-disappearance-cargo-ship-namse-bangdzod: the website is Vessel Tracker's, named in its own
  // sentence, not VesselFinder, which the sentence before is about.
  const article = analyze(
    'Wikinews investigates disappearance of cargo ship',
    "Marine Traffic's website's most recently publicly available AIS result, as of Tuesday, showed the ship underway a few miles off Jakarta. VesselFinder listed no AIS results for the last month. Vessel Tracker's database had no sighting of the ship within the last 59 days on Tuesday; the website noted the AIS signal received from Jakarta but declared the ship was not actually there.",
  );
  const noted = attribution(article, 'the AIS signal received from Jakarta');
  expect(noted.speaker === null || noted.speaker === 'Vessel Tracker').toBe(true);
});

// Lane break35: wire-style sentences in the shape of the Znak.com ones above, where the sentence before names another
// website; "The website says …" had gone to the newspaper.
test("\"The website says …\" after a newspaper reported a ministry's new website is no one's, not the newspaper's", () => {
  const article = analyze(
    'Complaints',
    'The Daily Telegraph reported that the ministry had launched a new website for complaints. The website says that citizens can file complaints anonymously.',
  );
  expect(attribution(article, 'citizens can file complaints').speaker).toBeNull();
  const own = analyze('Vote', 'The Daily Telegraph reported that the opposition had boycotted the vote. The newspaper said turnout was low.');
  expect(attribution(own, 'turnout was low').speaker).toBe('Daily Telegraph');
});
