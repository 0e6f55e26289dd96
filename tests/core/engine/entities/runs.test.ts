import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// runs.ts (`trimLeadingNonNames`): the words at a run's front that never open a name. Sentences from the development
// half of tests/fixtures/real (Wikinews, CC BY 2.5).

const entitiesIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0).entities.map((e) => ({ type: e.type, name: e.name, aliases: [...e.aliases] }));

describe('a capitalised word with a lower-case part after its hyphen describes the name after it', () => {
  // wikinews-hong-kong-legislative-election-new-faces-2016-09-09
  test("'Pan-democrat Gary Fan of the Neo Democrats' is a person, then his party", () => {
    const found = entitiesIn(
      'Pan-democrat Gary Fan of the Neo Democrats failed to get re-elected in this constituency, and resigned from his leadership in his party due to its election defeat.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'person', name: 'Gary Fan' }),
        expect.objectContaining({ type: 'organization', name: 'Neo Democrats' }),
      ]),
    );
  });

  // wikinews-slippery-coating-self-cleaning-toilets-2019-11-21, wikinews-kurds-announce-deal-assad-turkey-invades-syria-2019-10-15
  test.each([
    [
      'Jing Wang',
      'Co-developer Jing Wang recounted, "When we put that coating on a toilet in the lab and dump synthetic fecal matter on it, [the synthetic fecal matter] just completely slides down and nothing sticks to [the coated surface."',
    ],
    [
      'Syrian Democratic Forces',
      'Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement with the government of Syria.',
    ],
  ])('the name is %s, without the descriptor', (name, text) => {
    const found = entitiesIn(text);
    expect(found.map((e) => e.name)).toContain(name);
    expect(found.flatMap((e) => [e.name, ...e.aliases]).some((n) => /-(?:developer|led)\b/.test(n))).toBe(false);
  });

  test("a title's '-elect' stays with the title: 'President-elect Joe Biden' is Joe Biden", () => {
    expect(entitiesIn('President-elect Joe Biden said the country would heal.').map((e) => e.name)).toContain('Joe Biden');
  });
});

describe('a first name that is also a month or a common word opens a name when a role noun stands before it', () => {
  // wikinews-un-optimistic-tsunami-aid-effort-2005-01-03: "Jan" is Jan Egeland's given name, not January.
  test("'emergency relief coordinator Jan Egeland' is Jan Egeland", () => {
    const found = entitiesIn(
      'The United Nations (UN) emergency relief coordinator Jan Egeland has said that he is increasingly optimistic about the relief efforts under way in tsunami-stricken countries.',
    );
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'person', name: 'Jan Egeland' })]));
  });
});

describe("a month's name that opens an event's or organisation's name is no date", () => {
  // wikinews-anti-abortion-march-for-life-draws-thousands-washington-2017-01-27: "March" opens "March for Life".
  test("'March for Life President Jeanne Mancini told' names Jeanne Mancini with the whole title", () => {
    const text = 'March for Life President Jeanne Mancini told National Public Radio, "I think we\'re a pretty different march — we\'re a one-issue march."';
    const mancini = findEntities(['A headline about the news', text], 0).entities.find((e) => e.name === 'Jeanne Mancini');
    expect(mancini?.type).toBe('person');
    expect(mancini?.mentions.map((m) => text.slice(m.start, m.end))).toContain('March for Life President Jeanne Mancini');
  });

  test("a month before a year stays a date: 'In March of 2016 the council met' names no 'March'", () => {
    expect(entitiesIn('In March of 2016 the council met.').map((e) => e.name)).not.toContain('March');
  });
});

// runs.ts (`wordStart`): runs of generated text (fast-check counterexamples, the first found in CI by
// tests/core/engine/properties.test.ts) that write a word twice.
test.each([
  ['Putin Kremlin Putin Putin', 'Putin Kremlin'],
  ['Luis Organization Luis Brigade Ann al- Wall', 'Luis Organization'],
])("a run that writes a word twice splits where the person's word stands, not at its first use: %s", (text, leading) => {
  const found = entitiesIn(text);
  expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'organization', name: leading })]));
  expect(found.filter((e) => e.name.trim() === '')).toEqual([]);
});

// wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10 (development half): before a surname and a match
// minute "Jan" is a player's given name, not January's abbreviation.
test('"Toby Alderweireld 71\'Jan Vertonghen 90+4\'" keeps "Jan" in the name', () => {
  const people = entitiesIn("Eden Hazard 63'Toby Alderweireld 71'Jan Vertonghen 90+4'Mousa Dembélé 60'").filter((e) => e.type === 'person');
  expect(people.map((e) => e.name)).toContain('Jan Vertonghen');
});

// wikinews-newspaper-alleges-us-plans-attack-iran-2006-02-12 (development half, blind gold of session 46).
test('"the Sunday Telegraph" keeps the day the paper comes out in its name', () => {
  const found = entitiesIn(
    'The British newspaper Sunday Telegraph has reported on alleged plans for a U.S. attack on Iran.',
    'On February 12, 2006, the Sunday Telegraph claimed that strategists at the Pentagon are "drawing up plans".',
  );
  expect(found).toContainEqual(expect.objectContaining({ type: 'organization', name: 'Sunday Telegraph' }));
  expect(found.map((e) => e.name)).not.toContain('Telegraph');
});

test('a day before a name that is no newspaper is still a date: "On Sunday, News Corp said"', () => {
  expect(entitiesIn('On Sunday, News Corp said the deal was off.').map((e) => e.name)).toEqual(['News Corp']);
});
