import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// lexicon/knownOrgs.ts: organisations known by name alone. Sentences from the development half of tests/fixtures/real
// (VOA, public domain).

const entitiesIn = (...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.map((e) => [e.type, e.name]);

// voa-cambodia-tribunal-indictments-hello-voa-2007-06-25: "Khmer Rouge" was a person.
test('"indictments of Khmer Rouge leaders": the Khmer Rouge is an organisation, no one', () => {
  const found = entitiesIn(
    'Youk Chhang, director of the Documentation Center of Cambodia, and Sok Samoeun, director of the Cambodian Defenders Project, both of whom work Khmer Rouge tribunal issues, discussed possible indictments of Khmer Rouge leaders on "Hello VOA".',
  );
  expect(found).toContainEqual(['organization', 'Khmer Rouge']);
  expect(found).not.toContainEqual(['person', 'Khmer Rouge']);
});

// Session 58 development half: parties, charities, companies, papers and a league the context votes made people.
test.each([
  // wikinews-riots-cease-dublin-against-unionist-march-2006-02-25
  [
    "Leaders of all major political parties from across Ireland's political spectrum such as Fianna Fáil, Fine Gael, the Democratic Unionist Party, the Irish Labour Party, Sinn Féin and the Social Democratic Labour Party have condemned the violence.",
    ['Fianna Fáil', 'Fine Gael', 'Sinn Féin'],
  ],
  // wikinews-womens-march-largest-protest-us-history-2017-01-24
  [
    'The march called for "access to affordable birth control for all people, regardless of income, location or education" and Planned Parenthood was the march\'s single biggest sponsor.',
    ['Planned Parenthood'],
  ],
  // wikinews-cfpb-records-fewer-complaints-shutdown-2013-10-08
  ['Ally Bank, Sovereign Bank, and Wells Fargo have 4 each.', ['Wells Fargo']],
  // wikinews-tony-blair-speaks-in-canada-2007-10-27
  [
    'Journalists were not allowed to use cameras or recording devices during the event as ordered by Scotland Yard, the Globe and Mail reports.',
    ['Scotland Yard'],
  ],
  // wikinews-millions-march-support-charlie-hebdo-2015-01-12
  ['Charlie Hebdo has previously published cartoons featuring the Islamic prophet Muhammad.', ['Charlie Hebdo']],
  // wikinews-shorts-zibo-lebanon-wyclef-boeing-2010-08-04
  ['Rodriguez, also known as A-Rod, became the seventh player in Major League Baseball history to reach the 600 milestone.', ['Major League Baseball']],
  // gv-china-bo-xilai-social-media-2012-05-11
  ['Micro-blogging sites Sina Weibo and Tencent Weibo block word search facilities.', ['Tencent Weibo']],
  // wikinews-protesters-arrested-barricading-inside-keystone-oil-pipeline-2012-12-03
  ['In a statement to Wikinews, spokesperson for TransCanada Grady Semmens called the protest dangerous.', ['Wikinews']],
])('an organisation known by its name alone is no person: %s', (text, names) => {
  const found = entitiesIn(text);
  for (const name of names) expect(found).not.toContainEqual(['person', name]);
});

test("near miss: the party's name inside a longer one is that party, and a person bearing one of the words stays a person", () => {
  // wikinews-riots-cease-dublin-against-unionist-march-2006-02-25
  const found = entitiesIn('Republican Sinn Féin, a party which split from the main body of Sinn Féin in 1986, had been involved in the organisation.');
  expect(found).toContainEqual(['organization', 'Republican Sinn Féin']);
  expect(found.filter(([type]) => type === 'person')).toEqual([]);
  expect(entitiesIn('"We were never told," said bank customer Cathy Wells.')).toContainEqual(['person', 'Cathy Wells']);
});
