import { describe, expect, test } from 'vitest';
import { unnamedAccording } from '../../../../../src/core/engine/attribution/sieves/accordingColon';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/accordingColon.ts: a colon sentence that ends by crediting what it says "according to" a named source sets
// off that source's words (Global Voices, development half).

test("a tweet set off by '…, according to Mónica Tapia A. [es] (@monicatapiaa):' is hers", () => {
  const article = analyze(
    'Mexico: Bike Ride Protest Clashes With Local Government',
    'At some point along the way, local police detained a group of six cyclists, according to Mónica Tapia A. [es] (@monicatapiaa):',
    '¿Están siguiendo #fleshandconcrete ? Detuvieron y golpearon a 6 ciclistas @BernardoPadron@Karkarkarrr por subir a #2dopiso #supervia',
  );
  expect(attribution(article, '¿Están siguiendo').speaker).toBe('Mónica Tapia A.');
});

test("'According to the newspaper Clarin [es]:' still sets off the paper's words", () => {
  const article = analyze(
    'Argentina: Death With Dignity Law',
    'Argentina finds itself on a list of countries that have a law about dying with dignity. According to the newspaper Clarin [es]:',
    'Holanda, Bélgica, Luxemburgo fueron de los primeros países en reglamentarla. Tres Estados de EE.UU  la permiten. También Suiza. En Colombia fue autorizada por la Corte.',
  );
  expect(attribution(article, 'Holanda, Bélgica').speaker).toBe('Clarin');
});

test("'…, according to Jessie Tai's report from Wired Taiwan [zh]:' sets off her report, original and translation", () => {
  // gv-taiwan-tao-nuclear-nightmare-2012-05-11 (Global Voices, May 2012).
  const article = analyze(
    "Taiwan: Indigenous Tao People's 30 Year Nuclear 'Nightmare'",
    'Jessie Tai from Wired Taiwan explained why [zh] Taiwan Power failed to keep their promise.',
    "Some Tao people have also joined the political party and are pressuring the government through the legislature [zh], according to Jessie Tai's report from Wired Taiwan:",
    '在農曆年前的大選中，提倡環保的綠黨為了強調其反核立場，將長期推動反核運動的達悟族單親媽媽希婻瑪飛洑列為該黨不分區立委名單第一人。',
    'In the national legislative election held this January, to emphasize their anti-nuclear stance, the Green party made Sinan Mavivo, a single mother from the Tao aboriginal group, the first candidate in their list.',
  );
  expect(attribution(article, '在農曆年前的大選中').speaker).toBe('Jessie Tai');
  expect(attribution(article, 'In the national legislative election').speaker).toBe('Jessie Tai');
});

test("'according to' written with doubled or no-break spaces still credits the blogger after it", () => {
  // Global Voices draft post 314842 ("Kenya: Bloggers react to explosive MTV HIV drama", May 2012): the export keeps
  // the editor's no-break spaces around "to".
  const article = analyze(
    'Kenya: Bloggers react to explosive MTV HIV drama',
    "The show's impact has been undeniable. It appeals mostly to the young urban middle and upper classes. And seem to be challenging their sexual behavior, according \u00a0to\u00a0\u00a0Out and About Africa\u00a0blogger Brandie:",
    '"It totally doesn\'t feel like those after school specials from back in the day. Instead, MTV has gotten hot young actors and actresses, a good story line and loads of famous Kenyan musicians to cameo."',
  );
  expect(attribution(article, 'It totally doesn').speaker).toBe('Brandie');
});

test("'According to the article by the Inter Press Service (IPS) agency:' sets off the agency's article", () => {
  // gv-cuba-bloggers-meeting-controversy-2012-05-05 (development half).
  const article = analyze(
    'Cuba: National Meeting of Bloggers Ends in Controversy',
    'According to the article by the Inter Press Service (IPS) agency:',
    'Meetings of activists involved in blogging and social networks have been held in the country. On 27th September 2008, Roger Trabas alongside the French businessman and blogger David Chapet, organised the first meeting "Independent Bloggers," convened from the site called Bloggers Cuba, which was held in the governmental Centre for Computing and Electronics in the Cuban capital.',
  );
  expect(attribution(article, 'Meetings of activists').speaker).toBe('Inter Press Service');
});

test("a post credited as 'According to researcher Gustavo Soto's post on the CEADESC [es] blog:' is his", () => {
  // Global Voices, "Bolivia: Development at What Cost? New Conflict over TIPNIS Road", May 2012 (a fresh post).
  const article = analyze(
    'Bolivia: Development at What Cost? New Conflict Over TIPNIS Road',
    "According to researcher Gustavo Soto's post on the CEADESC [es] blog:",
    "The 2010-2015 MAS (Evo Morales' political party) program aligns the Bolivian economy to the emerging global capitalist interests of the 21st Century… expressed in mega-energy… road and extractive projects.",
  );
  expect(attribution(article, 'The 2010-2015 MAS').speaker).toBe('Gustavo Soto');
});

test("'According to a synopsis on Engage Media:' gives the synopsis to the site; an unnamed site gives it to no one", () => {
  // Global Voices draft post 314866 ("Kenya: HIV Awareness Drama Captivates Youth", May 2012).
  const synopsis = 'It’s a story of love, sex, Friday nights and the indelible marks we leave on one another.';
  const named = analyze('Kenya: HIV Awareness Drama Captivates Youth', 'According to a synopsis on Engage Media:', synopsis);
  expect(attribution(named, 'It’s a story of love').speaker).toBe('Engage Media');
  const unnamed = analyze('Kenya: HIV Awareness Drama Captivates Youth', 'According to a synopsis on the website:', synopsis);
  expect(quotesOf(unnamed).every((q) => q.speakerId === null)).toBe(true);
});

// gv-africa-land-deals-transparency-2012-05-02 (development half, Global Voices, CC BY 3.0).
describe('a colon sentence crediting a piece of writing named by a common noun', () => {
  const LAND = 'Africa: Transparency in Land Deals';
  const CUE = "The plight of Madagascar's farmers' plight may be slowly changing though. Land reform discussions are in progress, according to this report:";
  const PAPER =
    'According to a paper presented at the 2011 International Conference on Global Land Grabbing, about 50 agribusiness projects were announced between 2005 and 2010, about 30 of which are still active, covering a total land area of about 150,000 ha. Projects include plantations to produce sugar cane, cassava and jatropha-based biofuel.';
  const CAMPAIGNER = 'The need for transparency in land deals is further emphasized by  Megan MacInnes, Senior Land Campaigner at Global Witness:';
  const DARK =
    'Far too many people are being kept in the dark about massive land deals that could destroy their homes and livelihoods. That this needs to change is well understood, but how to change it is not.';

  test('"…, according to this report:" sets off the report’s words unattributed, not the sentence subject’s ("Land …")', () => {
    const article = analyze(LAND, CUE, PAPER, CAMPAIGNER, DARK);
    expect(attribution(article, 'According to a paper presented at the 2011')).toMatchObject({
      kind: 'direct',
      speaker: null,
      cue: 'according to this report',
    });
  });

  test('a name after "according to" is still the source: "…, according to Mónica Tapia A. [es] (@monicatapiaa):"', () => {
    expect(
      unnamedAccording(0, 'At some point along the way, local police detained a group of six cyclists, according to Mónica Tapia A. [es] (@monicatapiaa):', 0),
    ).toBeNull();
  });
});
