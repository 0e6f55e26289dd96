import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/quotingBlock.ts: a block quotation after a colon cue may itself quote someone; the marks inside it do not make
// the paragraph the writer's. A writer's own list after a colon stays the writer's.

describe('a block quotation that quotes', () => {
  test("the paragraph after 'blogger Varma …:' is the colon cue's, the page it quotes inside it included", () => {
    const article = analyze(
      'India: Vimeo, Torrent Sites Blocked',
      'On his blog Share Press, blogger Varma writes about the block:',
      'As of now most of the Reliance Communications broadband visitors who try to access the blocked sites are redirected to a custom page saying “The site has been blocked as per instruction from DOT” message when browsing the above file sharing sites.',
    );
    expect(attribution(article, 'As of now most of the Reliance')).toMatchObject({ kind: 'direct', speaker: 'Varma', cue: 'blogger Varma writes' });
  });

  test('an original with words in marks and its translation keeping them are both the blog’s', () => {
    const article = analyze(
      'Brazil: Racial Quotas in Higher Education',
      'Blog Brasil Escola explains the importance of a better understanding of racism in Brazil:',
      '(...) a miscigenação não exclui os preconceitos. Nossa última constituição coloca a discriminação racial como um crime inafiançável. Desta maneira, criamos a estranha situação onde “todos os outros podem ser racistas, menos eu... é claro!”. Isso nos indica que o alcance da democracia é um assunto tão difícil e complexo como a nossa relação com o negro no Brasil.',
      '(...) racial mixing does not exclude prejudice. Our Constitution places racial discrimination as a non-bailable crime. Thus, we created the odd situation where "all others can be racist, except me, of course...". This tells us that the scope of democracy is a subject as difficult and complex as our relationship with black people in Brazil.',
    );
    const original = attribution(article, '(...) a miscigenação');
    expect(original.kind).toBe('direct');
    expect(original.speaker).toMatch(/Brasil Escola$/);
    expect(attribution(article, '(...) racial mixing')).toMatchObject({ speaker: original.speaker, cue: original.cue });
  });

  test('quotes inside the paragraph that have a speaker of their own keep it, inside the paragraph made the blogger’s quote', () => {
    const article = analyze(
      'Egypt: Lawyer’s Arrest in Saudi Arabia',
      'Parliament speaker Saad El Katatny led a delegation to Riyadh to meet the Saudi king.',
      'As’ad Abou-Khalil wrote about the visit in a post:',
      "Such an opportunity to meet with the Saudi king would likely not have arisen in the short to medium term had Gizawy's case not been escalated by Egyptian activists. During the visit, Katatny clearly stated, “We will not interfere in Gizawy's case,” adding that “the Saudi justice system is fair.” Katatny stressed the “historic relations” between Saudi Arabia and Egypt, and said that Saudi has “white hands” (Arabic for “a shining track record”) in backing Egypt. Katatny again remarked that Egypt and Saudi Arabia, “the two greatest powers in the region,” could lead the region into a bright future.",
    );
    expect(attribution(article, 'the two greatest powers').speaker).toMatch(/Katatny$/);
    expect(attribution(article, 'Such an opportunity')).toMatchObject({ kind: 'direct', speaker: 'As’ad Abou-Khalil' });
    // Reported speech cannot lie inside a direct quote: "Katatny stressed the “historic relations” …" is left out.
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('an original in Spanish mostly in marks is still the newspaper’s block quotation, and the words it quotes are found inside it', () => {
    const article = analyze(
      'Argentina Approves Death with Dignity Law',
      'The newspaper Infobae [es] reported just after the law was passed:',
      'Tras más de cuatro horas de debate, el Senado convirtió en ley por 55 votos a favor el proyecto de muerte digna que reconoce el derecho de los pacientes "a aceptar o rechazar determinadas terapias o procedimientos médicos o biológicos con o sin expresión de causa, así como también a revocar posteriormente su manifestación de voluntad".',
    );
    expect(attribution(article, 'Tras más de cuatro horas').kind).toBe('direct');
    expect(attribution(article, 'a aceptar o rechazar').kind).toBe('direct');
  });

  test('an original in Spanish that opens with a mark is the news agency’s block quotation, not the writer quoting', () => {
    const article = analyze(
      'Argentina Approves Death with Dignity Law',
      "But this has not been the only case in Argentina. Susana Bustamante, the mother of Melina Gonzalez, has also fought until the end for her daughter. The news agency Telam [es] tells of Susana's situation:",
      '“Ella me dijo que durar conectada a un respirador artificial no es voluntad de Dios sino el capricho del hombre” y que “cuando una persona llega a un estado terminal e irreversible se debe permitir que acontezca el hecho natural” de la muerte, recordó Bustamante.',
    );
    expect(attribution(article, '“Ella me dijo que durar')).toMatchObject({ kind: 'direct', speaker: 'Telam' });
    expect(attribution(article, 'Ella me dijo que durar').kind).toBe('direct');
  });

  test('words in marks inside a blog’s block quotation are found, and the request they are is the one asking’s', () => {
    const article = analyze(
      'Caribbean: Supporting Our Mothers',
      "Haiti Chery, meanwhile, spared a thought for Trayvon Martin's mom, explaining:",
      "Sybrina Fulton, mother of Trayvon Matin, released a public service announcement...timed for Mother’s Day this [past] weekend, asking viewers to 'call the governor of your state' and encourage them to reconsider 'Stand Your Ground' laws like the one cited by the man who killed her son.",
    );
    expect(attribution(article, 'Sybrina Fulton, mother')).toMatchObject({ kind: 'direct', speaker: 'Haiti Chery' });
    expect(attribution(article, 'call the governor of your state').speaker).toBe('Sybrina Fulton');
  });

  test("a writer's numbered list after a colon is no one's quotation (fresh text, GSA blog)", () => {
    const article = analyze(
      'Lessons from user interviews',
      'As I mentioned in part one, many interviews ebb and flow based on the questions you ask and the tasks you observe. That said, there are some things that should always happen:',
      '1. Thank people for their time. 2. Explain the purpose of your research — to better understand the problem(s) you’re trying to solve — and the scope of your work. 3. Obtain the participant’s signature on your “informed consent and recording release” form.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('1. Thank people'))).toBe(false);
  });

  test("a labelled entry after a colon is the writer's (fresh text, Army)", () => {
    const article = analyze(
      'Army watercraft and expeditionary maneuver',
      'The Army Operating Concept describes the Army as able to operate in complex environments. An examination of the Tenets of Army Operations provides insight into the role of Army watercraft in expeditionary maneuver:',
      'Simultaneous Operations: "Simultaneity" describes the Army\'s ability to operate simultaneously in the land, air, maritime, space and cyberspace domains. Army watercraft provide tactical-level mobility that enables the Army to use the sea.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('Simultaneous Operations'))).toBe(false);
  });
});

// Global Voices, "South Korea: Police Question Influential Podcasters for Campaign Violations" (2012, development half): a
// tweet quoting Kim Eo-joon opens a mark it never closes.
test('a tweet in another language that leaves a quote mark open is still the tweeter’s block quotation, and so is its translation', () => {
  const article = analyze(
    'South Korea: Police Question Influential Podcasters for Campaign Violations',
    'Kim Sang-ho (@sinbi2010) tweeted [ko]:',
    '김어준 "선거법 위반 혐의로 소환하는 것은 권력과 자본의 집단 광기에 불과하다. [수 없이 많은 이명박의 비리와 선관위 비리 부정 선거 등은 미혼적 수사하면서 선거 독려 했다는 이유로 수사하는 것은 미친짓이며 누구에게도 이롭지 않는 처사다.',
    "Summoning Kim Eo-joon over violation of election laws is just a craziness of political and financial powers. The police was so tacit when investigating the president's corruption scandals and the election commission's election fraud cases. It is just ridiculous that the police question Kim just because he 'encouraged voting'. This kind of police action is beneficial to no one.",
  );
  const original = attribution(article, '김어준 "선거법');
  expect(original).toMatchObject({ kind: 'direct', speaker: 'Kim Sang-ho' });
  expect(attribution(article, 'Summoning Kim Eo-joon').speaker).toBe(original.speaker);
});

// Global Voices, "Panama Commemorates May 1 with Protests and Work" (2012, development half): a post's translation keeps
// the marks of its original, so it opens with one and is mostly marked words, and is still the quoted report.
describe('the translation of an original in another language', () => {
  const cue = 'Uniradioinforma [es] reports that the march became quite forceful, with signs that protest corruption as well as the high cost of living:';
  const original =
    '“Abajo el alto costo de la vida”, “La corrupción mata”, “Ni corruptos ni coimeros”, se leía en las pancartas que portaban los trabajadores, en alusión a un reciente escándalo de presunto pago de sobornos al presidente Ricardo Martinelli.';
  const translation =
    '"Lower the cost of living, "Corruption kills", "No more Corruption and No more Bribes" read the placards that were carried by workers. The slogans are in light of a recent scandal where bribery money was allegedly paid to president Ricardo Martinelli.';

  test('opening with a mark, it is the report’s block quotation as its original is', () => {
    const article = analyze('Panama Commemorates May 1 with Protests and Work', cue, original, translation);
    const quoted = attribution(article, '“Abajo el alto costo');
    expect(quoted).toMatchObject({ kind: 'direct', speaker: 'Uniradioinforma' });
    expect(attribution(article, '"Lower the cost of living')).toMatchObject({ kind: 'direct', speaker: quoted.speaker, cue: quoted.cue });
  });

  test('the same English paragraph right after the cue, with no original before it, is not read whole', () => {
    const article = analyze('Panama Commemorates May 1 with Protests and Work', cue, translation);
    expect(quotesOf(article).some((q) => q.text.startsWith('"Lower the cost of living'))).toBe(false);
  });
});

// gv-zambia-netizens-draft-constitution-2012-05-08 (Global Voices, development half): Paul Shalala's post opens a mark on
// its last words and never closes it.
describe('a block quotation that leaves a short phrase in marks open at its end', () => {
  const headline = 'Zambia: Netizens Sceptically Hail Draft Constitution';
  const lead = ['Paul Shalala, reflects on the constitution making processes Zambia has gone through in the past.', 'He concludes:'];

  test('is still the post’s whole paragraph', () => {
    const article = analyze(
      headline,
      ...lead,
      'In its current form, the first draft constitution is progressive, it appeals to most people’s aspiration despite a few shortcomings. Therefore, stakeholders who will take part in conventions, should ensure that all progressive clauses are maintained so that a constitution we all want can be enacted into law and will “stand a test of time.',
    );
    expect(attribution(article, 'In its current form')).toMatchObject({ kind: 'direct', speaker: 'Paul Shalala' });
  });

  test('a sentence or more left open is someone quoted running on, and the paragraph is not read whole', () => {
    const article = analyze(
      headline,
      ...lead,
      'In its current form, the first draft constitution is progressive. The minister added, “We will not give up on this draft. We have fought for this law for ten years and we will go on fighting for it.',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('In its current form'))).toBe(false);
  });
});
