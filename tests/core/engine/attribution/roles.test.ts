import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// roles.ts (`resolveRole`): a role phrase read for the person or body it names; people by the title the text gave them
// (personOfRole.test.ts), bodies by their kind (bodyOfRole.test.ts), and the body's noun before a person's (`roleHead`).

const CGTN = "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'";
const INDONESIA = "Indonesia: The Curious Case of the Governor's Middle Finger";

describe('roles', () => {
  test("'the Russian president said' is Putin, not the Kazakh president named after him", () => {
    const article = analyze(
      CGTN,
      'Russian President Vladimir Putin on Thursday called Kazakhstan\'s unrest in January "an act of terrorist aggression committed with the direct participation of destructive internal and external forces."',
      "Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow and the two discussed Kazakhstan's stability and bilateral cooperation.",
      "At a press conference following the talks, the Russian president said Tokayev's firm stance, Russia's support, and the assistance of the Collective Security Treaty Organization (CSTO) made it possible to restore order and peace in Kazakhstan in the shortest time possible.",
    );
    expect(attribution(article, "Tokayev's firm stance")).toMatchObject({
      kind: 'reported',
      speaker: 'Vladimir Putin',
      resolution: 'role',
      cue: 'the Russian president said',
      speakerRef: 'the Russian president',
    });
  });

  test("'According to the president' is the president the previous paragraph named", () => {
    const article = analyze(
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      'This blogger understands that during her meeting with civil society organizations on Monday, President Joyce Banda alluded to the fact that hosting of the summit will depend on the AU secretariat’s assurance to source money for Malawi to host the indaba which will cost more than one billion Kwacha.',
      'According to the president, the country could not have hosted the 53 member countries’ indaba had it been that there were no assurances from Addis Ababa and other African leaders to provide financial support.',
    );
    expect(attribution(article, 'the country could not have hosted')).toMatchObject({
      speaker: 'Joyce Banda',
      resolution: 'role',
      speakerRef: 'the president',
    });
  });

  test("'Foke's spokesman said that …' is the spokesman's, an unnamed source, not Foke's", () => {
    const article = analyze(
      INDONESIA,
      "In the heat of his run for second term as Jakarta's Governor, Fauzi Bowo sparked controversy when netizens exposed his picture giving a middle-finger salute.",
      "The incident took place two weeks ago when the governor attended a youth event at Bung Karno Stadium in Jakarta. As he stood between a girl and a boy, he was seen raising his middle finger imitating the girl's gesture. Instead of earning admiration for supporting an event organized by young people, Fauzi, or more popularly known as Foke, was seen giving a bad example instead.",
      'As netizens expressed their shock and rage over the "indecent" behavior, Foke\'s spokesman said that the governor was only joking among young people who gathered for a band competition event. The governor claimed that he doesn\'t "understand those kinds of things".',
    );
    // The spokesman is a source of his own, described by whose he is: never Foke himself.
    expect(attribution(article, 'the governor was only joking')).toMatchObject({ kind: 'reported', speaker: "Foke's spokesman" });
  });

  // The text calls Fauzi Bowo "Jakarta's Governor", so "The governor claimed" is his.
  test("'The governor claimed that …' is the governor the article named", () => {
    const article = analyze(
      INDONESIA,
      "In the heat of his run for second term as Jakarta's Governor, Fauzi Bowo sparked controversy when netizens exposed his picture giving a middle-finger salute.",
      "The incident took place two weeks ago when the governor attended a youth event at Bung Karno Stadium in Jakarta. As he stood between a girl and a boy, he was seen raising his middle finger imitating the girl's gesture. Instead of earning admiration for supporting an event organized by young people, Fauzi, or more popularly known as Foke, was seen giving a bad example instead.",
      'As netizens expressed their shock and rage over the "indecent" behavior, Foke\'s spokesman said that the governor was only joking among young people who gathered for a band competition event. The governor claimed that he doesn\'t "understand those kinds of things".',
    );
    expect(attribution(article, 'he doesn')).toMatchObject({ kind: 'reported', speaker: 'Fauzi Bowo', resolution: 'role' });
  });
});

// "actress"/"actor" as role nouns (lexicon/personRoleNouns.ts): the development article on Fan Expo Canada 2019.
describe('a performer named by the role noun the text gave them', () => {
  test("'Actress Denise Crosby is set to appear … The actress recalled …' is Crosby", () => {
    const article = analyze(
      'Fan Expo Canada 2019 offers celebrities, cosplay, panels',
      'Actress Denise Crosby is set to appear in the final season of Suits, a Toronto-shot legal series. The actress recalled her season with Star Trek: The Next Generation, when they were the "scrappy little red headed stepchild of the [Paramount] lot."',
    );
    expect(attribution(article, 'scrappy little red headed')).toMatchObject({ speaker: 'Denise Crosby', resolution: 'role', speakerRef: 'The actress' });
  });
});

// wikinews-african-troops-invade-rebel-held-anjouan-2008-03-26 (development half; English Wikinews, CC BY 2.5): the
// body's noun before the person's read "the government spokesman" as the government, which the text never quoted.
describe('a person\'s role noun after a body\'s noun that qualifies it ("the government spokesman")', () => {
  const FIRST =
    'The Comoros government says they have already captured most of the island. "The operation started in the early morning hours and it is going smoothly and according to plan," said Abdourahim Said Bakar, a government spokesman.';
  const LATER =
    '"We hope that by the end of the day we will have the problem resolved," the government spokesman said. "A special group has been selected to capture Bacar, arrest him and bring him to court."';

  test('"the government spokesman said" is the man the text called "a government spokesman"', () => {
    const article = analyze(
      'African troops invade rebel-held island of Anjouan',
      FIRST,
      'Mohamed Bacar seized control of Anjouan in a 2001 military coup. This election was viewed as illegal by Comoros and the African Union.',
      LATER,
    );
    expect(attribution(article, 'We hope that')).toMatchObject({ kind: 'direct', speaker: 'Abdourahim Said Bakar', resolution: 'role' });
    expect(attribution(article, 'A special group')).toMatchObject({ kind: 'direct', speaker: 'Abdourahim Said Bakar' });
  });

  // Made up from the article: with nobody called a spokesman, the phrase is read as before.
  test('with nobody the text calls a spokesman, the phrase is no one named', () => {
    const article = analyze(
      'African troops invade rebel-held island of Anjouan',
      'Mohamed Bacar seized control of Anjouan in a 2001 military coup. This election was viewed as illegal by Comoros and the African Union.',
      LATER,
    );
    expect(attribution(article, 'We hope that').speaker).not.toBe('Mohamed Bacar');
  });

  // Made up from the article: a spokesman for someone else is not "the government spokesman".
  test('"the government spokesman" is not the opposition\'s spokesman', () => {
    const article = analyze(
      'African troops invade rebel-held island of Anjouan',
      '"The army has lost control of the north," said John Mbeki, a spokesman for the opposition.',
      LATER,
    );
    expect(attribution(article, 'We hope that').speaker).not.toBe('John Mbeki');
  });

  test("with a government spokesman and an opposition one, the phrase is the government's", () => {
    const article = analyze(
      'African troops invade rebel-held island of Anjouan',
      FIRST,
      '"The army has lost control of the north," said John Mbeki, a spokesman for the opposition.',
      LATER,
    );
    expect(attribution(article, 'We hope that').speaker).toBe('Abdourahim Said Bakar');
  });
});

describe('a title written with a hyphen', () => {
  // wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26.
  // The article calls him "the Brazilian Vice-President José Alencar" further on: the nationality the phrase gives is his.
  test('"The Brazilian Vice-President said" is José Alencar, whom the text gives that title, not President Lula', () => {
    const article = analyze(
      'US Secretary of Defense Rumsfeld visits Brazil',
      'Tuesday (March 22) the United States Secretary of Defense Donald Rumsfeld arrived in Brazil for a visit with Brazilian President Luiz Inacio Lula da Silva, Vice-President and Defense Minister José Alencar, and other top officials.',
      'In a meeting with President Lula DaSilva and his Vice-President and Minister of Defense, José Alencar, Mr Rumsfeld discussed Brazil leading the UN military forces in Haiti, terrorism and narcotrafficking.',
      'The Brazilian Vice-President said that Brazil prefers not to interfere in the affairs of others:',
      'Brazil has always defended and will continue defending the self-determination of the different peoples and non-intervention in the affairs of other countries.',
      'Journalists asked the Brazilian Vice-President José Alencar three if Brazil will declare the Revolutionary Armed Forces of Colombia (FARC) as a terrorist organization and if the government is worried about the FARC infiltration in Brazilian territory.',
    );
    expect(attribution(article, 'Brazil prefers not to interfere').speaker).toBe('José Alencar');
    expect(attribution(article, 'Brazil has always defended').speaker).toBe('José Alencar');
  });
});
