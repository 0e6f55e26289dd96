import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// Kinds of role the source types missed on fresh English Wikinews articles of 2019–2020 (CC BY 2.5), in neither half of
// tests/fixtures/real; each paragraph copied from the article, some cut short or with the quote brought next to the name.

/** The entity named `name`'s type and the words that show it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    // "Bombs kill at least 20 at cathedral in Mindanao, Philippines", 2019-01-28.
    'a capitalised title after "the" in an appositive is a formal title of office',
    'Delfin Lorenzana',
    [
      'Bombs kill at least 20 at cathedral in Mindanao, Philippines',
      '"We will use the full force of the law to bring to justice the perpetrators behind this incident," said Delfin Lorenzana, the Defence Secretary; he described the attacks as a "dastardly act" and urged vigilant locals to assist authorities.',
    ],
    ['official', 'the Defence Secretary'],
  ],
  [
    // "Puerto Rico governor announces resignation following protests", 2019-07-28.
    'a capitalised title with the office it holds after it',
    'Wanda Vázquez Garced',
    [
      'Puerto Rico governor announces resignation following protests',
      "Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico. According to the commonwealth's constitution, the Secretary of State would normally succeed the governor, but that office stands vacant following the resignation of Luis Rivera Marín over the scandal.",
      'In a statement, Vázquez said, "I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let him know [...] He just announced that this resignation will not be effective today. We will be working together to have a responsible and transparent transition process."',
    ],
    ['official', 'the Secretary of Justice for Puerto Rico'],
  ],
  [
    // "President Trump says he 'can' and 'may' put US into state of emergency to build border wall", 2019-01-07.
    "a legislature's officer whose title the name's mention holds only in part",
    'Dick Durbin',
    [
      "President Trump says he 'can' and 'may' put US into state of emergency to build border wall",
      'Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative Adam Schiff both yesterday questioned the President\'s power to do as he proposed.  Schiff called it "a non-starter".  Durbin said "I can just tell you, I don\'t know what he\'s basing this on."',
    ],
    ['official', 'Senate Minority Whip'],
  ],
  [
    // "Face coverings to be mandatory on public transport in England from June 15, transport secretary declares", 2020-06-05.
    "a union's general secretary speaks for the union, no official",
    'Mick Whelan',
    [
      'Face coverings to be mandatory on public transport in England from June 15, transport secretary declares',
      "Train drivers' trade union Aslef general secretary Mick Whelan commented, “We have been working closely with the government to ensure that agreed increases in services on Britain's train, and Tube, network is done in a safe and controlled manner.”",
    ],
    ['spokesperson', 'Aslef general secretary'],
  ],
  [
    // "Florida frog skull survey shows spikes, say scientists", 2020-03-26.
    'a scientist named by a field the lexicon does not list is an expert',
    'David Blackburn',
    [
      'Florida frog skull survey shows spikes, say scientists',
      'Herpetologist David Blackburn said: "Somehow, these frogs are turning on some ancient developmental machinery in their DNA."',
    ],
    ['expert', 'Herpetologist'],
  ],
  [
    // "On the campaign trail in the USA, September 2020", 2020-10-29.
    'a news anchor quoted as a voice is a citizen',
    'Dana Bash',
    ['On the campaign trail in the USA, September 2020', 'After the debate, CNN anchor Dana Bash described the event as a "shitshow."'],
    ['citizen', 'CNN anchor'],
  ],
  [
    // "European Court of Justice says Facebook must remove 'illegal' posts globally", 2019-10-06.
    'one of a university, with no role word, speaks from knowledge',
    'Steve Peers',
    [
      "European Court of Justice says Facebook must remove 'illegal' posts globally",
      'Steve Peers of the University of Essex, speaking to BBC, said, "If there\'s a court order to say that someone\'s been defamed, then Facebook has to also search for different variations of it."',
    ],
    ['expert', 'Steve Peers of the University of Essex'],
  ],
  [
    // "Seismic activity continues to shake Puerto Rico with 5.2 quake", 2020-01-17.
    'one of a government agency, with no role word, is its officer',
    'John Geiger',
    [
      'Seismic activity continues to shake Puerto Rico with 5.2 quake',
      'John Geiger of USGS told the press last week, "The past several weeks we\'ve had hundreds of small earthquakes in the same region."',
    ],
    ['official', 'John Geiger of USGS'],
  ],
  [
    // "Scientists report two life-saving treatments for Ebola", 2019-08-15.
    "an institute's director whose institute the text does not call a government's: not said",
    'Anthony Fauci',
    [
      'Scientists report two life-saving treatments for Ebola',
      'On Monday morning, Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID), announced a trial of four possible Ebola drugs was stopped early. "It is very good news," Fauci said.',
    ],
    ['unknown', undefined],
  ],
  [
    // "Influential rock drummer Ginger Baker dies at age 80", 2019-10-07.
    '"fellow" before another role is no think-tank fellow',
    'Charlie Watts',
    ['Influential rock drummer Ginger Baker dies at age 80', 'In 1962, fellow drummer Charlie Watts said, "Ginger is the best."'],
    // The title before the name, as written, is the evidence (with "drummer" a role noun, the name pass keeps it whole).
    ['citizen', 'fellow drummer'],
  ],
  [
    // "Iran issues arrest warrants for 36 people including Trump", 2020-07-02.
    'a definite description set off by commas before the name, after a clause',
    'Ali Alghasi Mehr',
    [
      'Iran issues arrest warrants for 36 people including Trump',
      'According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism charges", adding Iran will pursue the prosecution of Trump even after he ends serving his term.',
    ],
    ['official', 'the prosecutor general of Tehran'],
  ],
  [
    // "Former president of India Pranab Mukherjee dies", 2020-09-03.
    'a member of a legislature is an official',
    'Vijay Goel',
    [
      'Former president of India Pranab Mukherjee dies',
      'Vijay Goel, a member of the Rajya Sabha, said, "He was an excellent politician, orator [...] For the Congress, he was the helmsman."',
    ],
    ['official', 'a member of the Rajya Sabha'],
  ],
  [
    // "World War II-era plane crashes in Connecticut, US", 2019-10-03.
    'a "Dr" with no role word near speaks from knowledge',
    'Steven Wolf',
    [
      'World War II-era plane crashes in Connecticut, US',
      'Dr. Steven Wolf said, "We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning."',
    ],
    ['expert', 'Dr. Steven Wolf'],
  ],
])('%s', (_, name, blocks, expected) => {
  const [headline = '', ...paragraphs] = blocks;
  expect(typeOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});

// The same kinds on fresh NASA and GSA releases (U.S. government works, public domain), in neither half.
test.each<[string, string, string, [string, string | undefined]]>([
  [
    'a project lead at a NASA centre named by its initials is an official (NASA 186)',
    'Ken Andrews',
    '“It works,” said Ken Andrews, project flight operations lead at JPL.',
    ['official', 'project flight operations lead at JPL'],
  ],
  [
    'a manager at a federal agency named by its initials is an official (GSA 0265)',
    'Ty Hughes',
    'Ty Hughes, Web Services Manager at OPM, said one of the most important aspects of the app from a business and customer standpoint is coordination with program offices and OPM in general.',
    ['official', 'Web Services Manager at OPM'],
  ],
  [
    'one the mention calls former speaks for themself (NASA 987)',
    'John Callas',
    '“This was a paradigm shift no one was expecting,” said former project manager John Callas of JPL.',
    ['citizen', 'former project manager John Callas of JPL'],
  ],
])('%s', (_, name, sentence, expected) => {
  expect(typeOf(analyze('A headline about the news', sentence), name)).toEqual(expected);
});
