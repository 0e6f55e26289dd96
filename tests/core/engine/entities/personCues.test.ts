import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { AGE_AFTER, KILLING_OF, KIN_AFTER, NAME_GIVEN_AS, roleAppositive, roleWithoutThen } from '../../../../src/core/engine/entities/personCues';

// personCues.ts: the words around a name that only a person's take. Sentences verbatim from the development half
// (English Wikinews 2019–2020, CC BY 2.5).

/** The type of the entity named `name` in a headline and these paragraphs, if any. */
const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

describe('names only a person bears, by the words around them', () => {
  // wikinews-man-sets-himself-on-fire-white-house-2019-06-01.
  test('an age written "33-year-old" after a name makes it a person ("Arnav Gupta, 33-year-old of Bethesda")', () => {
    const texts = [
      'At around 12:20 p.m. local time on Wednesday (1620 UTC) in the United States capital city Washington DC, Arnav Gupta, 33-year-old of Bethesda, Maryland, set himself on fire in a publicly accessible area called the Ellipse, between the south lawn of the White House and the Washington Monument. Gupta was transported to a local hospital and originally listed in critical condition, according to officials, with burns over reportedly 85% of his body. He died that night.',
    ];
    expect(typeOf('Arnav Gupta', ...texts)).toBe('person');
    expect(AGE_AFTER.test(', 33-year-old of Bethesda')).toBe(true);
  });

  // gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 (held out, session 53).
  test('a role qualified by an age set off after one word makes it a person ("Adel, a 23-year-old blogger, took …")', () => {
    const texts = ['Adel, a 23-year-old blogger, took a break from his studies for the final exam to follow the speech.'];
    expect(typeOf('Adel', ...texts)).toBe('person');
  });

  // gv-cuba-bloggers-in-revolution-criticism-2012-05-18 (held out, session 54).
  test('a role qualified by where the person works set off after one word makes it a person ("Eduardo, a University of Matanzas professor …")', () => {
    const texts = [
      'In a searing open letter [es], Eduardo, a University of Matanzas professor and blogger who helped organize the event, suggested that Díaz might be falling into the “counterrevolutionary” camp.',
    ];
    expect(typeOf('Eduardo', ...texts)).toBe('person');
  });

  test('a body\'s name before a noun of no person is no role: "Matanzas, a University of Havana campus," is not a person', () => {
    expect(typeOf('Matanzas', 'Matanzas, a University of Havana campus, was quiet on Thursday.')).not.toBe('person');
  });

  test('an age alone after the article is no role: "Cairo, a 23-year-old city," is not a person', () => {
    expect(typeOf('Cairo', 'Cairo, a 23-year-old city, was quiet on Thursday.')).not.toBe('person');
  });

  // wikinews-basilashvili-arrested-domestic-violence-2020-05-25.
  test('a former spouse set off after a name makes it a person ("Neka Dorokashvili, his ex-wife")', () => {
    const texts = [
      'Nikoloz Basilashvili, a Georgian tennis player with current world ranking number 27, was arrested on Friday on a charge of domestic violence in front of a minor. The arrest came after an allegation he assaulted Neka Dorokashvili, his ex-wife. The Tbilisi city court set bail yesterday at 100,000 Georgian lari (about US$30,000).',
    ];
    expect(typeOf('Neka Dorokashvili', ...texts)).toBe('person');
    expect(KIN_AFTER.test(', his ex-wife.')).toBe(true);
    expect(KIN_AFTER.test(', her ex-husband,')).toBe(true);
  });

  // wikinews-iraqi-parliament-votes-expel-us-troops-2020-01-06.
  test('a name after "the killing of" is a person ("the United States\' killing of Qasem Soleimani")', () => {
    const texts = [
      "Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from the country. The move follows the United States' killing of Qasem Soleimani in an airstrike last week.",
    ];
    expect(typeOf('Qasem Soleimani', ...texts)).toBe('person');
    expect(KILLING_OF.test("the United States' killing of ")).toBe(true);
    expect(KILLING_OF.test('the skilling of ')).toBe(false);
  });

  // wikinews-thai-party-withdraws-princess-nomination-2019-02-11.
  test('a role written with "then-" and hyphens before a name makes it a person ("then-prime-minister Thaksin Shinawatra")', () => {
    const texts = [
      'The Thai Raksa Chart party was founded by supporters of the Shinawatra family. A military coup removed then-prime-minister Thaksin Shinawatra in 2006, and another his sister Yingluck Shinawatra in 2014, which placed incumbent Prayuth Chan-o-cha in office.',
    ];
    expect(typeOf('Thaksin Shinawatra', ...texts)).toBe('person');
    expect(roleWithoutThen('then-prime-minister')).toBe('prime minister');
    expect(roleWithoutThen('spokesman')).toBe('spokesman');
  });

  // wikinews-thai-party-withdraws-princess-nomination-2019-02-11.
  test('"incumbent" before a name makes it a person, and the surname alone later is that person ("incumbent Prayuth Chan-o-cha")', () => {
    const texts = [
      'A military coup removed then-prime-minister Thaksin Shinawatra in 2006, and another his sister Yingluck Shinawatra in 2014, which placed incumbent Prayuth Chan-o-cha in office. The Thai Raksa Chart Party did not immediately announce whom they would support to run against Chan-o-cha.',
    ];
    const prayuth = findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === 'Prayuth Chan-o-cha');
    expect(prayuth?.type).toBe('person');
    expect(prayuth?.aliases).toContain('Chan-o-cha');
  });

  // wikinews-johnson-suspends-parliament-five-weeks-brexit-2019-09-11.
  test('a month\'s name after a first name is a surname ("after Theresa May stepped down on July 24")', () => {
    const texts = [
      'Johnson asked Queen Elizabeth II for this prorogation in August. Johnson became leader of the Conservative Party and prime minister after Theresa May stepped down on July 24 after she was unable to negotiate a Brexit deal.',
    ];
    expect(typeOf('Theresa May', ...texts)).toBe('person');
  });
});

// wikinews-putin-calls-us-troops-poland-threat-2017-01-13 (development half): a nationality that ends in none of the
// common suffixes, set off with the role after a name the first-name lists do not know.
test.each([
  ['Witold Waszczykowski, Polish foreign minister, earlier this week remarked that Putin aimed to weaken the NATO alliance.', 'Witold Waszczykowski'],
  // The same kind with a nationality in -ch (a sentence made for the test).
  ['Vojtech Kral, Czech blogger, wrote that the vote was close.', 'Vojtech Kral'],
])('a role set off after a name with any nationality makes a person: %s', (text, name) => {
  expect(typeOf(name, text)).toBe('person');
});

// Near miss: a body's name with a nationality and a role noun that is no person's ("carrier") stays no person.
test('"Polish Airlines, Polish carrier," names no person', () => {
  expect(typeOf('Polish Airlines', 'Polish Airlines, Polish carrier, said the flights would resume.')).not.toBe('person');
});

// gv-africa-science-blogging-sub-saharan-2012-05-20 (development half): one of a group a plural role names.
test('", one of the most prominent scientists in Africa" makes a person', () => {
  expect(typeOf('Cheikh Anta Diop', 'The final words on science in Africa belong to Cheikh Anta Diop, one of the most prominent scientists in Africa.')).toBe(
    'person',
  );
});

// Near miss: one of a group no plural role names ("carmakers" is no person's role) makes no person.
test('", one of the largest carmakers," makes no person', () => {
  expect(typeOf('Toyota', 'Toyota, one of the largest carmakers, said sales had fallen.')).not.toBe('person');
});

// wikinews-spacex-test-fires-falcon-9-texas-2008-11-24 (development half): "Elon" is on no first-name list.
test('a post written as its initials, set off after a name, says the name is a person’s', () => {
  expect(roleAppositive(', CEO and CTO of SpaceX, said, "The full mission-length test firing clears the highest hurdle …"')).toBe(true);
  expect(roleAppositive(', CEO of Tesco, said')).toBe(true);
  expect(roleAppositive(', CEO Magazine reported')).toBe(false);
});

test('"Elon Musk, CEO and CTO of SpaceX, said, …" names a person', () => {
  const { entities } = findEntities(
    [
      'SpaceX successfully test fires Falcon 9 rocket in Texas',
      'Elon Musk, CEO and CTO of SpaceX, said, "The full mission-length test firing clears the highest hurdle for the Falcon 9 first stage before launch."',
    ],
    0,
  );
  expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Elon Musk']);
});

describe('a name set off by a role only an appositive gives a person (appositiveRoles.ts), or given as someone’s name', () => {
  // The session 59 development half (Global Voices 2014, English Wikinews 2008 and 2010): each name's quotes were left to
  // nobody while the name was no entity at all.
  test('a commenter, a citizen of a town or a member of Parliament set off after a name is a person', () => {
    expect(typeOf('Charles', 'Charles, a commenter on ZDistrict has this to say:')).toBe('person'); // gv-air-france-447-bloggers-media-coverage-2009-06-06
    expect(
      typeOf(
        'Shukhrat Alymbaev',
        'Shukhrat Alymbaev, another citizen of Tashkent, disagreed [ru] that the municipality could have combated the floods any better:',
      ),
    ).toBe('person'); // gv-central-asia-rainstorms-floods-2014-06-02
    expect(
      typeOf(
        'Nassar al-Rubaie',
        'U.S. helicopters launched airstrikes in Sadr City on Friday night, which they say killed 10 militants. This move was criticized by Nassar al-Rubaie, a Shiite member of Parliament.',
      ),
    ).toBe('person'); // wikinews-us-launches-airstrikes-against-basra-militants-2008-03-29
  });

  test('a site of "citizen journalism" and a body that is a member of another are no people', () => {
    // gv-russia-ustream-ddos-attack-russian-blogger-2012-05-10, gv-tunisia-freedom-of-expression-campaign-2012-05-07.
    expect(roleAppositive(', a Russian citizen journalism platform, has been posting')).toBe(false);
    expect(roleAppositive(', a member of IFEX-TMG, commented:')).toBe(false);
    expect(roleAppositive(', another citizen of Tashkent, disagreed')).toBe(true);
  });

  test('a name someone gave as theirs, or that was given as someone’s, is a person’s', () => {
    // wikinews-at-least-fifteen-dead-stampede-mali-mosque-2010-02-26
    expect(typeOf('Asseyuti', "The mosque's imam, who gave his name as Asseyuti, commented on the incident.")).toBe('person');
    // wikinews-malaysia-arrests-fourth-suspect-kim-jong-nam-2017-02-16
    expect(
      typeOf(
        'Doan Thi Huong',
        "Indonesia's Minister of Foreign affairs confirmed one of the women, Siti Aishah, is an Indonesian citizen, but confirmation was not then available on whether her counterpart, whose name was given as Doan Thi Huong, is actually Vietnamese or was merely carrying a Vietnamese passport.",
      ),
    ).toBe('person');
    expect(NAME_GIVEN_AS.test('the name given to the storm was ')).toBe(false);
  });
});
