import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/trailerDash.ts: `"…" —Name` and `"…" - Name, title` — a pull quote's trailer.

const HACKERS = 'Hackers attack Church of Scientology website';
const INGRAM = '"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram';

describe('trailer dash', () => {
  test("a quote followed by '- Matthew Ingram' is Matthew Ingram's", () => {
    const article = analyze(HACKERS, INGRAM);
    expect(attribution(article, "So far, it's the Internet: 1, Scientology: 0.")).toMatchObject({
      kind: 'direct',
      speaker: 'Matthew Ingram',
      resolution: 'name',
      speakerRef: 'Matthew Ingram',
    });
  });

  // ARCIC archive (US Army, public domain), "The Rise of Robot Warfare: US Army Planning has Already Begun", not in the
  // corpus: the epigraph's author is signed by initials, which no list of first names holds.
  test("a quotation signed '- P.W. Singer' is P.W. Singer's", () => {
    const article = analyze(
      'The Rise of Robot Warfare: US Army Planning has Already Begun',
      '"In 2004, DARPA researchers surveyed a group of U.S. military officers and robotics scientists about the roles they thought robots would take over in the near future. The average year the soldiers predicted that humanoid robots would start to be used in infantry combat roles was 2025. Scientists gave 2020 as their prediction. But the full-scale replacement of humans in battle is not likely to occur anytime soon. Instead, the human use of robots in war will evolve to more of a team approach." - P.W. Singer',
    );
    expect(attribution(article, 'In 2004, DARPA researchers surveyed')).toMatchObject({ kind: 'direct', speaker: 'P.W. Singer', resolution: 'name' });
  });

  test('a dashed aside inside a quotation is not read as its trailer', () => {
    const article = analyze(
      'NASA Study: Asteroid’s Orbit, Shape Changed After DART Impact',
      '“When DART made impact, things got very interesting,” said Shantanu Naidu, a navigation engineer at NASA’s Jet Propulsion Laboratory in Southern California, who led the study. “Dimorphos’ orbit is no longer circular: Its orbital period” – the time it takes to complete a single orbit – “is now 33 minutes and 15 seconds shorter. And the entire shape of the asteroid has changed, from a relatively symmetrical object to a ‘triaxial ellipsoid’ – something more like an oblong watermelon.”',
    );
    for (const quote of quotesOf(article)) expect(quote.cue?.text ?? '').not.toMatch(/the time it takes/);
    expect(attribution(article, 'Dimorphos’ orbit is no longer circular')).toMatchObject({ speaker: 'Shantanu Naidu', cue: 'said Shantanu Naidu' });
  });

  test('a trailer names only the quote it follows, not the paragraph before it', () => {
    const article = analyze(
      HACKERS,
      '"Someone emailed me earlier today talking about a tool a group’s been using to attack the scientology website. It’s an interesting tool, created to overload/create malformed strings and crash a website’s database," said the post by an unknown author on pigmy.',
      INGRAM,
    );
    expect(attribution(article, 'Someone emailed me earlier today')).toMatchObject({ speaker: null, resolution: 'unattributed' });
    expect(attribution(article, "So far, it's the Internet")).toMatchObject({ speaker: 'Matthew Ingram' });
  });
});

// The golds write a trailer's cue with its dash ("- Matthew Ingram", "— Peres", "— Rick Santorum"), as a reader points
// to the signature.
test("the cue of a '- Name' trailer is the dash and the name", () => {
  const article = analyze(HACKERS, INGRAM);
  expect(attribution(article, "So far, it's the Internet")).toMatchObject({ cue: '- Matthew Ingram' });
});

// Fresh NASA pages (public domain) sign a pull quote with the name and title alone, no dash.
describe('a pull quote signed without a dash', () => {
  test('"“…” James B. Odom, Hubble Program Manager 1983-1990." is Odom\'s (fresh nasa/61)', () => {
    const article = analyze(
      '15 Years Ago: STS-125, the Final Hubble Servicing Mission',
      '“Trying to do stellar observations from Earth is like trying to do birdwatching from the bottom of a lake.” James B. Odom, Hubble Program Manager 1983-1990.',
    );
    expect(attribution(article, 'Trying to do stellar observations')).toMatchObject({ kind: 'direct', speaker: 'James B. Odom' });
  });

  test('"“…” Margot Lee Shetterly, Hidden Figures" is Shetterly\'s (fresh nasa/621)', () => {
    const article = analyze(
      'Hidden Figures: the women of Langley',
      '“Their path to advancement might look less like a straight line and more like some of the pressure distributions and orbits they plotted, but they were determined to take a seat at the table.” Margot Lee Shetterly, Hidden Figures',
      'Shetterly wrote these words about Dorothy Vaughan, Mary Jackson, Christine Darden, and Katherine Johnson.',
    );
    expect(attribution(article, 'Their path to advancement')).toMatchObject({ kind: 'direct', speaker: 'Margot Lee Shetterly' });
  });

  test('a name followed by a verb is no signature: "“…” James B. Odom then left the agency."', () => {
    const article = analyze(
      '15 Years Ago: STS-125, the Final Hubble Servicing Mission',
      '“Trying to do stellar observations from Earth is like trying to do birdwatching from the bottom of a lake.” James B. Odom then left the agency.',
    );
    expect(attribution(article, 'Trying to do stellar observations').resolution).not.toBe('name');
  });

  // Global Voices (CC BY 3.0), development half: Colombia, May 2012.
  test('a stray closing mark copied after the signature still leaves it a signature: "…" Richard Hugo”', () => {
    const article = analyze(
      'Colombia: May Day Nationwide Demonstrations',
      'Karla Serrano  (‏@KarlaSerrano7) [es] quotes a phrase [es]:',
      '"El trabajo endulza la vida; pero no a todos les gustan los dulces." Richard Hugo”',
      '"Work sweetens life, but not everyone likes candy." Richard Hugo”',
    );
    expect(attribution(article, 'Work sweetens life')).toMatchObject({ kind: 'direct', speaker: 'Richard Hugo', cue: 'Richard Hugo' });
  });
});

// A Wikinews interview as the GUM corpus keeps it (development half): the pull quote sits in the photo's caption.
describe('a pull quote in a caption, signed with the name and the photo credit', () => {
  const PERES = [
    'The future of the peace process in Israel',
    '"The future is only peace. The problem is how long will it take and how many victims will it call for." Shimon Peres image: David Shankbone.',
    'Israeli President Shimon Peres spoke to Wikinews.',
  ] as const;

  test('"“…” Shimon Peres image: David Shankbone." is Peres\'s', () => {
    expect(attribution(analyze(...PERES), 'The future is only peace.')).toMatchObject({ kind: 'direct', speaker: 'Shimon Peres', cue: 'Shimon Peres' });
  });

  test('"“…” — Peres, on whether …" after a double backtick is his too', () => {
    const article = analyze(
      ...PERES,
      "`` I say brains is the greater producer of wealth, not oil. We have brains.\" — Peres, on whether the Arab states' oil wealth will eclipse Israel's prominence in the region.",
    );
    expect(attribution(article, 'I say brains')).toMatchObject({ speaker: 'Shimon Peres', cue: '— Peres' });
  });
});

// Wikinews' pull-quote template sets a zero-width joiner after the dash (dev article, Mysore railway interview), and a
// US Army ARCIC page (public domain, fresh army set) signs a pull quote with ranks and a note before the name.
describe('a trailer with more than a plain dash and a name', () => {
  test('"— \u200dAparna Garg, Mysore Divisional Railway Manager" is Aparna Garg\'s, the joiner read as a space', () => {
    const article = analyze(
      "Wikinews discusses International Women's Day celebration with Mysore Divisional Railway Manager",
      'Aparna Garg — who has been the Divisional Railway Manager (DRM) for Mysore Division for almost two years — discussed this initiative with Wikinews.',
      '"More number of women getting into technical fields has been a big change."  — \u200dAparna Garg, Mysore Divisional Railway Manager',
    );
    expect(attribution(article, 'More number of women getting into technical fields')).toMatchObject({ speaker: 'Aparna Garg', resolution: 'name' });
  });

  test('"- Army Lt. Col. (ret) Dr. Thomas K. Adams" is Adams\'s: the ranks and "(ret)" before the name are titles', () => {
    const article = analyze(
      'The rise of robot warfare',
      '"Thirty-five years from now, analogous small, lethal, sensing, emitting, flying, crawling, exploding, and thinking objects may make the battlefield highly lethal." - Army Lt. Col. (ret) Dr. Thomas K. Adams',
    );
    expect(attribution(article, 'Thirty-five years from now')).toMatchObject({ speaker: 'Thomas K. Adams', cue: '- Army Lt. Col. (ret) Dr. Thomas K. Adams' });
  });

  test('a trailer whose capitalised words lead to no person stays unattributed ("— USDA Apprentice", fresh digital.gov)', () => {
    const article = analyze(
      'IT Modernization Apprenticeship Experience',
      '"The program gave me the chance to learn from people who do this work every day." — USDA Apprentice',
    );
    expect(attribution(article, 'The program gave me the chance')).toMatchObject({ speaker: null });
  });
});
