import { analyze, attribution } from './helpers';

// attribution/glossedKind.ts: "the <kind>" that speaks is the one organisation the text called by that kind where it
// named it. English Wikinews (CC BY 2.5), development half.

// wikinews-newspaper-alleges-us-plans-attack-iran-2006-02-12
const TELEGRAPH = [
  "The British newspaper Sunday Telegraph has reported on alleged plans for a U.S. attack on Iran. The plans were allegedly made in retaliation for Iran's uranium enrichment program due to suspicions that it is for military application in the development of nuclear weapons.",
  'The paper has also reported that the alleged plans to attack Iran may be a possible motivation for the development of nuclear weapons by Iran; there have been other threats of military response by both the U.S. and Israel.',
  'On February 12, 2006, the Sunday Telegraph claimed that strategists at the Pentagon are "drawing up plans for devastating bombing raids backed by submarine-launched ballistic missile attacks against Iran\'s nuclear sites" as \'"a last resort" for the situation.',
  'The newspaper also claims that preparations are extremely active, stating, "Central Command and Strategic Command planners are identifying targets, assessing weapon-loads and working on logistics for an operation,".',
];

test('"The paper has also reported" is the newspaper the text introduced as "The British newspaper Sunday Telegraph"', () => {
  const article = analyze('Newspaper alleges U.S. drawing up plans to attack Iran', ...TELEGRAPH);
  expect(attribution(article, 'the alleged plans to attack Iran may be')).toMatchObject({ speaker: 'Sunday Telegraph', speakerRef: 'The paper' });
});

test('"The newspaper also claims" is still the Sunday Telegraph when the Pentagon, no newspaper, was named in between', () => {
  const article = analyze('Newspaper alleges U.S. drawing up plans to attack Iran', ...TELEGRAPH);
  expect(attribution(article, 'preparations are extremely active').speaker).toBe('Sunday Telegraph');
  expect(attribution(article, 'Central Command and Strategic Command planners').speaker).toBe('Sunday Telegraph');
});

// The Telegraph's paragraphs with a second newspaper glossed as one (constructed on their shape).
test('with two organisations called newspapers, "the paper" is neither', () => {
  const [first = '', second = ''] = TELEGRAPH;
  const article = analyze(
    'Newspaper alleges U.S. drawing up plans to attack Iran',
    `${first} The American newspaper Washington Post has reported the same.`,
    second,
  );
  expect(attribution(article, 'the alleged plans to attack Iran may be').speaker).toBeNull();
});

// wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15
test('"The airline says" is Ryanair, glossed "Irish budget airline Ryanair", past the pilots\' group named since', () => {
  const article = analyze(
    'Ryanair sack, sue pilot over participation in safety documentary',
    'Irish budget airline Ryanair have dismissed pilot John Goss, who has worked with the airline for 25 years, over remarks he made in a documentary about safety at the airline. Ryanair issued a statement confirming legal proceedings have been begun against Goss.',
    'Goss, who had been due to retire in October, is a key figure of Ryanair Pilots Group (RPG), which conducted a survey of more than 1,000 flight crew.',
    'One anonymous pilot interviewed by Channel 4 accused the airline of "threats and bullying". Over 90% of those surveyed wanted a regulatory inquiry, with RPG saying the survey results were passed to the airline and the Irish Aviation Authority. RPG is not recognised by the airline which calls the group "[lacking] any independence, objectivity or reliability" and a union front.',
    'The other pilots interviewed by Channel 4 chose to remain anonymous, with only Goss identifying himself. The airline says RPG only conducted their survey to unionise Ryanair pilots and issued a statement describing the documentary as "based on nothing more than anonymous hearsay claims made by individuals whose identity was concealed, and/or by representatives of pilot unions of Ryanair\'s competitor airlines masquerading as a non-Ryanair Pilot Group".',
  );
  expect(attribution(article, 'based on nothing more than anonymous hearsay').speaker).toBe('Ryanair');
});

// wikinews-samoa-measles-vaccination-shutdown-2019-12-07
test('"an official government Twitter account" glosses no government: "the government has reported" is not Twitter', () => {
  const article = analyze(
    'Samoan government temporarily shuts down for nationwide measles vaccination drive',
    'Earlier this week, an official government Twitter account made the following announcement: "Latest update: 3,728 measles cases have been reported since the outbreak with 198 recorded in the last 24 hours. To date, 53 measles related deaths have been recorded. Since the Mass Vaccination Campaign on 20 Nov 2019, the Ministry has successfully vaccinated 58,150 individuals." Since then, the government has reported more cases of measles, including 165 in the single day before the shutdown began.',
  );
  expect(attribution(article, 'more cases of measles').speaker).not.toBe('Twitter');
});
