import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// recentOrganization.ts: "the ministry", "the company" is the organisation of that kind the text was last about, none
// when several were just named or the text gave no sign.

// Wikinews, "Samoan government ends state of emergency over measles outbreak", 2020-01-01 (CC BY 2.5), fresh text.
test("'The government said' is not given to the UN agency last named", () => {
  const article = analyze(
    'Samoan government ends state of emergency over measles outbreak',
    'UNICEF reported they had delivered over 105 thousand doses of vaccine to Samoa by November 22. The government said 128 vaccination teams participated.',
  );
  expect(attribution(article, '128 vaccination teams')).toMatchObject({ kind: 'reported', speaker: null });
});

describe('roles: several organisations of a kind', () => {
  test("'the Department announced' right after the Departments of Defense, State and Energy are named is none of them", () => {
    const article = analyze(
      'Justice Department Disrupts Russian Intelligence Spear-Phishing Efforts',
      'The government’s affidavit alleges the Callisto Group actors targeted, among others, United States-based companies, former employees of the United States Intelligence Community, former and current Department of Defense and Department of State employees, United States military defense contractors, and staff at the Department of Energy. In December 2023, the Department announced charges against two Callisto-affiliated actors, Ruslan Aleksandrovich Peretyatko (Перетятько Руслан Александрович), an officer in FSB Center 18, and Andrey Stanislavovich Korinets (Коринец Андрей Станиславович). The indictment charged the defendants with a campaign to hack into computer networks in the United States, the United Kingdom, other North Atlantic Treaty Organization member countries, and Ukraine, all on behalf of the Russian government.',
    );
    expect(attribution(article, 'charges against two Callisto-affiliated actors').speaker).toBeNull();
  });

  test("'the ministry said' after one ministry is named is that ministry", () => {
    const article = analyze(
      'Ministry reviews flood plans',
      'The Ministry of Water Resources reviewed its plans on Monday with the Harare City Council. The ministry said the dams were safe.',
    );
    expect(attribution(article, 'the dams were safe').speaker).toBe('Ministry of Water Resources');
  });
});

// Wikinews, "On the campaign trail in the USA, May 2020" (CC BY 2.5), fresh page, in neither half of the corpus.
test('"The campaign called the statement …" is no campaign’s the text named, not the US Senate named just before', () => {
  const article = analyze(
    'On the campaign trail in the USA, May 2020',
    'Meanwhile, a new allegation surfaced from a woman, a niece of Biden\'s 2008 US Senate opponent Christine O\'Donnell, who claimed Biden commented on the size of her breasts when she was 14 years old. The campaign called the statement "absolutely false."',
  );
  expect(attribution(article, 'absolutely false.').speaker).toBeNull();
});

// left Hasbro out, and "the company" fell to Star Wars, the work named after it.
describe('"the company" after a sentence about a name the name pass left out', () => {
  test("'Hasbro hosted a panel about their Star Wars products … the company noted that …' is nobody's, not Star Wars'", () => {
    const article = analyze(
      'Fan Expo Canada 2019 offers celebrities, cosplay, panels',
      'Hasbro hosted a panel about their Star Wars products, which promoted their new action figures and helmets. While previous helmets have included movie sound, this product includes lights.',
      'Asked about sustainability, the company noted that recently they had switched to a bio-based PET for their packaging. This week, Hasbro announced new plans.',
    );
    expect(attribution(article, 'recently they had switched').speaker).toBeNull();
  });
});

describe('"the academy" after an academy named in full', () => {
  // Wikinews, "Swedish academy announces 2019 Nobel Prize winners in physics", 2019-10-10, CC BY 2.5, not in the corpus:
  // https://en.wikinews.org/wiki/Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics
  test('"according to the academy" is the Royal Swedish Academy of Sciences\'', () => {
    const article = analyze(
      'Swedish academy announces 2019 Nobel Prize winners in physics',
      'On Tuesday, the Royal Swedish Academy of Sciences announced the winners of the 2019 Nobel Prize in Physics in Stockholm, Sweden.',
      'Queloz and Mayor, both from Switzerland, won their prize for discovering the first known exoplanet in 1995. Since their discovery, according to the academy, over four thousand other exoplanets have been discovered.',
    );
    expect(attribution(article, 'over four thousand other exoplanets')).toMatchObject({ speaker: 'Royal Swedish Academy of Sciences', resolution: 'role' });
  });
});
