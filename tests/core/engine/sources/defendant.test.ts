import { typeFromDefendant } from '../../../../src/core/engine/sources/defendant';
import { analyze } from '../attribution/helpers';

// sources/defendant.ts: a defendant quoted about their own case speaks for themself, a citizen (annotation guide,
// "Consistency decisions (session 39, lane goldcons39)", decision 3). Sentences from the development half.

/** The type and evidence read after the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromDefendant(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test.each([
  // wikinews-bruce-mcarthur-pleads-guilty-eight-murders-2019-02-01.
  ['McArthur pleaded guilty to each crime at the Superior Court.', 'McArthur', 'McArthur pleaded guilty'],
  // wikinews-driver-new-hampshire-motorcycle-crash-pleads-not-guilty-2019-06-28: past the age set off by commas.
  [
    'Acting via his lawyers, Volodoymyr Zhukovskyy, 23, pleaded not guilty on Tuesday to seven counts of negligent homicide in New Hampshire, United States.',
    'Volodoymyr Zhukovskyy',
    'Volodoymyr Zhukovskyy, 23, pleaded not guilty',
  ],
  // wikinews-uk-mercenary-fitzsimons-gives-evidence-iraq-2011-01-24.
  [
    'Iraqi law requires the entry of a plea at the end of a trial, and Fitzsimons entered not guilty pleas.',
    'Fitzsimons',
    'Fitzsimons entered not guilty pleas',
  ],
  // wikinews-us-doctor-sentenced-40-years-opioid-prescriptions-2019-10-04.
  ['Joel Smithers was found guilty in May on 859 counts of illegally distributing opioids.', 'Joel Smithers', 'Joel Smithers was found guilty'],
])('a plea, verdict or sentence told of the named person makes a defendant a citizen: "%s"', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['citizen', evidence]);
});

test.each([
  // wikinews-us-doctor-sentenced-40-years-opioid-prescriptions-2019-10-04: the prosecutors are not the ones tried.
  ['Prosecutors said Smithers gave out the prescriptions to patients from five different states.', 'Prosecutors'],
  // wikinews-paris-court-jails-two-police-rape-case-2019-02-02: whom another acts on is not shown tried by a mention's next words.
  ['An initial attempt to prosecute Quirin and Redouane failed.', 'Quirin'],
])('words that are not the named person\'s own plea or sentence give no type: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});

test('a doctor found guilty and quoted on his defence speaks as a defendant, not an expert (wikinews-us-doctor-sentenced-40-years-opioid-prescriptions-2019-10-04)', () => {
  const article = analyze(
    'US doctor sentenced to 40 years for opioid prescriptions',
    "Dr. Joel Smithers was found guilty in May on 859 counts of illegally distributing opioids. This included prescriptions for oxycodone and oxymorphone tied to a West Virginia woman's death.",
    'Smithers testified in his own defense, claiming some patients deceived him. He also filed in court his intent to appeal.',
  );
  const smithers = article.entities.find((e) => e.name === 'Joel Smithers');
  expect([smithers?.sourceType, smithers?.sourceEvidence?.text]).toEqual(['citizen', 'Dr. Joel Smithers was found guilty']);
});
