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
  // wikinews-ali-hassan-al-majid-two-others-sentenced-death-iraqi-court-2007-06-24: one of several, by their order.
  [
    'Former deputy director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was the third to be sentenced to death, for a number of allegations against the Kurds.',
    'Hussein Rashid Mohammed',
    'Hussein Rashid Mohammed was the third to be sentenced',
  ],
])('a plea, verdict or sentence told of the named person makes a defendant a citizen: "%s"', (text, name, evidence) => {
  expect(read(text, name)).toEqual(['citizen', evidence]);
});

test.each([
  // wikinews-us-doctor-sentenced-40-years-opioid-prescriptions-2019-10-04: the prosecutors are not the ones tried.
  ['Prosecutors said Smithers gave out the prescriptions to patients from five different states.', 'Prosecutors'],
  // wikinews-paris-court-jails-two-police-rape-case-2019-02-02: whom another acts on is not shown tried by a mention's next words.
  ['An initial attempt to prosecute Quirin and Redouane failed.', 'Quirin'],
  ['Judge Mohammed Oreibi al-Khalifa was the third to be appointed to the court.', 'Mohammed Oreibi al-Khalifa'],
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

test('an aside set off by commas may stand between the name and the sentence (wikinews-brother-of-qandeel-baloch-sentenced-to-life-2019-09-30)', () => {
  const text =
    'On Friday in Pakistan, Mohammed Waseem, brother of social media personality and feminist Qandeel Baloch, was sentenced for her murder to life in prison by a court in Multan.';
  expect(read(text, 'Mohammed Waseem')).toEqual(['citizen', 'Mohammed Waseem, brother of social media personality and feminist Qandeel Baloch, was sentenced']);
});

test('a father who is himself charged speaks as a defendant, not as a victim’s relative (wikinews-california-court-sentences-turpin-parents-2019-04-20)', () => {
  const article = analyze(
    'California court sentences parents who kept their children in captivity',
    "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.",
    'Specifically, both parents faced twelve counts of torture and false imprisonment, nine counts of child abuse, and seven counts of cruelty to a dependent adult. David Turpin, alone, was also charged with making false statements for the purpose of obtaining a home schooling license.',
    'The father said "I love my children and I believe my children love me."',
  );
  const father = article.entities.find((e) => e.name === 'David Turpin');
  expect([father?.sourceType, father?.sourceEvidence?.text]).toEqual(['citizen', 'David Turpin, alone, was also charged with']);
});
