import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// lexicon/officialRoles.ts, citizenRoles.ts, witnessRoles.ts: the role words the dev golds type their holders by, read
// where the article gives them (a title before the name, an appositive after it). Sentences copied from the dev half of
// tests/fixtures/real.

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'the current bishop named in an appositive speaks from a church’s office: official (wikinews-bishop-emeritus-dinualdo-gutierrez-dies)',
    'Allan Casicas',
    [
      'Bishop Emeritus Dinualdo Gutierrez of Marbel, Philippines dies',
      'In a statement, the current bishop, Allan Casicas, said, "It is with great sadness that I announce the death of Most Rev. Dinualdo Gutierrez, Bishop-Emeritus of Marbel. He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors\' Hospital." Casicas also asked people to "please pray for the repose of his soul".',
    ],
    ['official', 'the current bishop'],
  ],
  [
    'a cardinal and an archbishop titled before their names: officials (wikinews-pope-francis-instructs-reporting-sexual-abuse)',
    'Charles Scicluna',
    [
      'Pope Francis instructs reporting of sexual abuse to higher church authorities',
      'Cardinal Marc Ouellet of the Holy See said, "We have said for years that priests should follow certain strict rules, so why should the bishops and other members of the church hierarchy be exempt?" Vatican archbishop Charles Scicluna said, "People must know that bishops are at the service of the people."',
    ],
    ['official', 'Vatican archbishop'],
  ],
  [
    'a celebrity and oppositionist figure speaks for herself: citizen (gv-russia-violence-opposition-debate-tactics)',
    'Ksenia Sobchak',
    [
      'Russia: Violence Plunges Opposition into Debate About Tactics',
      'Russian celebrity and recent oppositionist figure Ksenia Sobchak also weighed in on the sit-in, despite not attending yesterday\'s rally. "I\'ll say openly," she wrote [ru] in her blog, "why I decided not to go."',
    ],
    ['citizen', 'Russian celebrity and recent oppositionist figure'],
  ],
  [
    'a dissident: citizen (gv-russia-violence-opposition-debate-tactics)',
    'Eduard Limonov',
    [
      'Russia: Violence Plunges Opposition into Debate About Tactics',
      'Kashin\'s attitude, the embrace of more confrontational tactics, is shared by many, including perennial dissident and controversial figure Eduard Limonov, who declared [ru] in his LiveJournal relievedly, "At last the protest [movement] has radicalized."',
    ],
    ['citizen', 'dissident and controversial figure'],
  ],
  [
    'an inventor on his own flight: citizen (wikinews-zapata-crosses-channel-flyboard)',
    'Franky Zapata',
    [
      'French inventor Franky Zapata successfully crosses English Channel on jet-powered hoverboard',
      'This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a jet-powered freeflight flying device propelled by turbines and attached to his feet, called Flyboard Air.',
      '"Once I managed to stick my heels into the boat, I knew I had done 90% of the work," Zapata told French news channel BFM TV.',
    ],
    ['citizen', 'French inventor'],
  ],
  [
    'an attendee of the gathering: citizen (wikinews-new-delhi-cow-urine-party-covid-19)',
    'Om Prakash',
    [
      '200 in New Delhi, India drink cow urine to fight off COVID-19',
      'Speaking to Reuters, an attendee Om Prakash said, "We have been drinking cow urine for 21 years, we also take bath in cow dung. We have never felt the need to consume English medicine".',
    ],
    ['citizen', 'attendee'],
  ],
  [
    'a housewife who won a radio: citizen (voa-cambodia-radios-delivered-contest-winners)',
    'Nean Lang',
    [
      'Radios Delivered to Cambodian Contest Winners',
      'Nean Lang, a housewife with six children in Phnom Penh, who also won a radio, said she has been listening to VOA Khmer since the 1980s.',
    ],
    ['citizen', 'a housewife with six children in Phnom Penh'],
  ],
  [
    'a motorist the crash narrowly missed: witness (wikinews-vintage-plane-crashes-shoreham-airshow)',
    'Dom Lawson',
    [
      'Vintage plane crashes into road during Shoreham Airshow in England',
      'Motorist Dom Lawson, whose car was narrowly missed, said "It was like something out of Die Hard". The road closure left thousands trapped at the scene as they could not remove their cars.',
    ],
    ['witness', 'Motorist'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(typeOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});
