import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { joinAcronymSpelledNames } from '../../../../src/core/engine/entities/commaJoinedNames';
import { nameGroups } from '../../../../src/core/engine/entities/nameGroups';
import { analyze, attribution } from '../attribution/helpers';

// commaJoinedNames.ts: an organisation whose name lists its fields with commas is one name when the acronym after it
// spells them all. English Wikinews (CC BY 2.5), development half:
// wikinews-bangladesh-five-new-covid-19-deaths-daily-highest-2020-04-08.

const IEDCR =
  "Yesterday, Bangladesh has confirmed five new deaths due to COVID-19 on the day. This is the highest number of fatalities in a day due to the virus. As of yesterday, Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR) reported the number of recorded infected cases included 114 active cases and 33 recovered cases who were staying home. A total of 17 deaths have been recorded.";

test('"Institute of Epidemiology, Disease Control and Research (IEDCR)" is one organisation, not cut at the comma', () => {
  const organisations = findEntities(['Bangladesh reports five new deaths due to COVID-19, a daily highest', IEDCR], 0).entities.filter(
    (e) => e.type === 'organization',
  );
  expect(organisations.map((e) => [e.name, [...e.aliases]])).toContainEqual(['Institute of Epidemiology, Disease Control and Research', ['IEDCR']]);
  expect(organisations.map((e) => e.name)).not.toContain('Institute of Epidemiology');
});

test('what the institute with the comma in its name reported is given to the whole institute', () => {
  const article = analyze('Bangladesh reports five new deaths due to COVID-19, a daily highest', IEDCR);
  expect(attribution(article, 'the number of recorded infected cases').speaker).toBe('Institute of Epidemiology, Disease Control and Research');
});

test('names listed with commas stay apart when no acronym after them spells them all', () => {
  const text = 'Delegates from France, Germany and Italy (EU) met in Brussels.';
  expect(joinAcronymSpelledNames(text, nameGroups(text)).map((g) => text.slice(g.start, g.end))).toEqual([
    'Delegates',
    'France',
    'Germany',
    'Italy',
    'EU',
    'Brussels',
  ]);
});

// English Wikinews (CC BY 2.5), development half: wikinews-dublin-pride-2018-attracts-tens-of-thousands-2018-07-03.
test('"the Lesbian, Gay, Bisexual and Transgender (LGBT) Pride" lists people, and no body is made of the list', () => {
  const text =
    "On Saturday, the Lesbian, Gay, Bisexual and Transgender (LGBT) Pride in the Irish capital Dublin attracted a record number of people. According to the organisers of the Pride, about 60 thousand people attended the event, almost double the number of attendees in last year's Pride.";
  const names = findEntities(['Dublin Pride 2018 attracts tens of thousands', text], 0).entities.map((e) => e.name);
  expect(names.filter((n) => n.includes(','))).toEqual([]);
});
