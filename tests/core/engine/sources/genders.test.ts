import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/genders.ts: a person's gender only as the text states it, with its words; never from a first name, and
// unknown where the words could be someone else's. Sentences copied from the dev half of tests/fixtures/real.

/** The gender of the person named `name`, and the words shown for it. */
function genderOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.gender, entity.genderEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'the gendered role noun a quote names its speaker by (wikinews-california-court-sentences-turpins)',
    'David Turpin',
    [
      'California court sentences Turpins',
      // "The father" names a parent: the sentence that makes the Turpins parents is part of the kind (parentTie.ts).
      "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.",
      'David Turpin, alone, was also charged with making false statements for the purpose of obtaining a home schooling license.',
      'The father said "I love my children and I believe my children love me."',
    ],
    ['man', 'father'],
  ],
  [
    'a he in what the subject says is theirs (gv-malawi-bloggers-joyce-banda)',
    'Boni Dulani',
    [
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      'Her new cabinet has also attracted reactions from bloggers. Political scientist Boni Dulani says that he should be excused for being very skeptical given the composition of her new team:',
    ],
    ['man', 'he'],
  ],
  [
    'a his in the predicate is the subject’s, past an appositive naming someone else (gv-ukraine-lukyanivska-prison)',
    'Artem Shevchenko',
    [
      'Ukraine: Documentary on Lukyanivska Prison',
      "On his Ukrainska Pravda blog, journalist Artem Shevchenko, one of Usov's film crew members, shared his views [uk] on the film's significance:",
    ],
    ['man', 'his'],
  ],
  [
    'an emphatic himself after the name (wikinews-interviews-new-york-bar-owner-santorum-cocktail)',
    'Rick Santorum',
    [
      'Wikinews interviews New York bar owner on Santorum cocktail',
      "Rick Santorum himself has acknowledged and discussed the existence and prevalence of the santorum neologism phenomenon; he was quoted by The Canadian Press on his assessment of Google's response;",
    ],
    ['man', 'himself'],
  ],
  [
    'the subject after an opening phrase that names someone else after a preposition (wikinews-the-onion-interview-americas-finest-news-source)',
    'Stephen Colbert',
    [
      'Wikinews interviews The Onion',
      'In an interview with Terry Gross, Stephen Colbert said of his time at Second City that they had decided on not doing political humor and, in particular, hackneyed political humor such as Ted Kennedy drinking jokes.',
    ],
    ['man', 'his'],
  ],
  [
    'a gendered head of an appositive with its complement (voa-zimbabwe-harare-proposes-demolitions)',
    'Simbarashe Moyo',
    [
      "'Operation Murambatsvina' Recalled As Zimbabwe Capital Proposes Demolitions",
      'Simbarashe Moyo, chairman of the Combined Harare Residents Association, said the pending demolition exercise seems to target officials of the former ruling ZANU-PF party who have built many illegal structures and are not paying taxes to the city council.',
    ],
    ['man', 'chairman'],
  ],
  [
    'a gendered head of an appositive past the age set off by commas (wikinews-human-remains-mass-grave-argentina-death-camp)',
    'Maria Vedio',
    [
      'Human remains in mass grave confirm Argentina secret death camp',
      'Maria Vedio, 47, legal chairwoman for the Permanent Assembly for Human Rights La Plata said that " this is the first time there is proof that Arana wasn\'t only a detention and torture center, but also a center of elimination."',
    ],
    ['woman', 'chairwoman'],
  ],
  [
    'a gendered head of an appositive written as a title, capitalised (usgov-army-counter-ied-enduring-threat)',
    'Martin Dempsey',
    [
      'Counter Improvised Explosive Devices (C-IED), An Enduring Threat',
      'General Martin Dempsey, Chairman of the Joint Chiefs of Staff, further stated: “Improvised explosive devices remain the single most dangerous threat to our soldiers—all branches and all ranks—on the battlefield.”',
    ],
    ['man', 'Chairman'],
  ],
  [
    'a himself after a name the engine did not find may be that name’s (gv-russia-governor-resignations)',
    'Gleb Pavlovsky',
    [
      'Russia: Governor Resignations',
      'As political strategist Gleb Pavlovsky told a Perm website, once Basargin has established himself, “he will head the region, whether Perm wills it or not.” [ru]',
    ],
    ['unknown', undefined],
  ],
  [
    'a he that resumes a described person of its own sentence is not an earlier person’s (wikinews-interview-noam-chomsky)',
    'James Jones',
    [
      'Wikinews interviews Noam Chomsky',
      'Take say on Obama, Obama’s national security advisor James Jones former Marine commandant is on record of favoring expansion of NATO to the south and the east, further expansion of NATO, and also making it an intervention force. And the head of NATO, Hoop Scheffer, he has explained that NATO must take on responsibility for ensuring the security of pipelines and sea lanes, that is NATO must be a guarantor of energy supplies for the West.',
    ],
    ['unknown', undefined],
  ],
  [
    'the speaker after the verb of a quote is its sentence’s subject: the he of their relative clause is theirs (written news prose, as tests/e2e/pasted-sources.spec.ts pastes it: the dev half has no such sentence)',
    'a senior official at the environment ministry',
    [
      'River Alder floods Northbridge as defences fail',
      '"The barriers were never finished. We warned about this two years ago," said a senior official at the environment ministry, who spoke on condition of anonymity because he was not authorised to talk to reporters.',
    ],
    ['man', 'he'],
  ],
  [
    'a gendered noun after a possessive lists another person, not the name before it (written prose: the dev half has none)',
    'Tom Ellis',
    ['Town honours its volunteers', 'The award went to Tom Ellis, his wife, and their two children. "We never expected this," Ellis said.'],
    ['unknown', undefined],
  ],
  [
    'a role noun between the subject and a pronoun may be the pronoun’s: nothing is stated (written prose: the dev half has none)',
    'Jordan Lee',
    ['Coach praised', 'Jordan Lee praised the new coach for his calm. "It was a good day," Lee said.'],
    ['unknown', undefined],
  ],
  [
    'a he past a comma opens a clause of its own: a name in the opening phrase before it is not its subject (written prose: the dev half has none)',
    'Jordan Lee',
    ['Council vote delayed', 'Unlike Jordan Lee, he refused to comment on the vote. "We will decide next week," Lee told reporters.'],
    ['unknown', undefined],
  ],
  [
    'a possessive her in what the subject does is theirs (gv-malawi-bloggers-joyce-banda)',
    'Rebecca Chimjeka',
    [
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      "Surprisingly, female bloggers have avoided commenting on Joyce Banda's rise to the presidency. A prominent journalist Rebecca Chimjeka has avoided sharing her opinion in almost all her posts about Joyce Banda.",
    ],
    ['woman', 'her'],
  ],
  [
    'a possessive her past the person’s handle and a link’s language tag (gv-mexico-carlos-fuentes-tributes)',
    'Elena Poniatowska',
    [
      'Mexico: Netizens Say Goodbye to Writer Carlos Fuentes',
      'Mexican writer Elena Poniatowska (@EPoniatowska) [es] similarly expressed her condolences:',
      'Lamento profundamente la muerte #CarlosFuentes',
    ],
    ['woman', 'her'],
  ],
  [
    'an object her is someone else, even before a noun (written prose: the dev half has none)',
    'Jordan Lee',
    ['Award for volunteer', 'Jordan Lee gave her flowers and a card. "She earned it," Lee said.'],
    ['unknown', undefined],
  ],
  [
    'a she past a word or two the subject is quoted as saying (wikinews-face-coverings-mandatory-england-transport)',
    'Nicola Sturgeon',
    [
      'Face coverings to be mandatory on public transport in England from June 15, transport secretary declares',
      'Scotland First Minister Nicola Sturgeon said a compulsory introduction of face coverings could be "inevitable" and that she was considering it.',
    ],
    ['woman', 'she'],
  ],
  [
    'a gendered noun set before the name as its appositive (wikinews-uk-urges-us-waive-immunity-diplomats-wife)',
    'Charlotte Charles',
    [
      "UK urges US to waive immunity for diplomat's wife involved in fatal collision",
      'Dunn\'s mother, Charlotte Charles, said on TV, "She didn\'t purposely drive on the other side of the road."',
    ],
    ['woman', 'mother'],
  ],
  [
    'a gendered noun the name is called by (gv-algeria-legislative-elections-low-turnout)',
    'Tarek',
    [
      'Algeria: Low Turnout in Legislative Elections',
      'In the above video [ar], a 23-year-old man called Tarek explains that the Algerian people have had enough of politicians who have failed since 1999. One of the strongest moments of the clip is when Tarek says that he\'d rather be "eaten by fish than eaten by worms (poverty)".',
    ],
    ['man', 'man'],
  ],
  [
    'a title only men hold, its tilde dropped (wikinews-argentine-president-fernandez-abortion-bill)',
    'Jorge Eduardo Scheinig',
    [
      'Argentine president Fernández to send bill legalising abortion to National Congress within 10 days',
      'The proceedings of the abortion rights was criticised by archbishop Monsenor Jorge Eduardo Scheinig. Calling it a "culture of death" the archbishop said "We need to pray so that in Argentina, the yes to life is stronger than death."',
    ],
    ['man', 'Monsenor'],
  ],
  [
    'a gendered noun with "co-" in a relative clause saying what the name is (wikinews-neurosurgery-olympiad-tyumen)',
    'Sergey Dydykin',
    [
      'Students compete in second international Neurosurgery Olympiad in Tyumen, Russia',
      'According to Professor Sergey Dydykin, who is both co-chairman of the organizing committee and head of the academic department of operative surgery and topographic anatomy of the First MSMU, in the United States and Europe it is not customary to teach manual skills, such as manual surgical techniques, to undergraduates; conducting surgical competitions for students is a Russian practice.',
    ],
    ['man', 'co-chairman'],
  ],
  [
    'a capitalised gendered title set off before the name, with its party (wikinews-nevada-first-majority-female-legislature)',
    'Jill Tolles',
    [
      'Nevada becomes first US state with majority-female legislature',
      "A Republican Assemblywoman, Jill Tolles, also commented on party disparity among female candidates: \"Before I ran for office I did look at the makeup and think, 'There's just not as many females in the Republican Party, and how do we change that?'\"",
    ],
    ['woman', 'Assemblywoman'],
  ],
  [
    'a gendered noun before a name that no comma closes may head a list, not an appositive (written prose: the dev half has none)',
    'Ann Lee',
    ['Family speaks', 'Her brother, Ann Lee and two cousins spoke at the vigil. "He was kind," Ann Lee said.'],
    ['unknown', undefined],
  ],
  [
    'a gendered noun after a possessive name in the appositive (fresh Wikinews, Charlottesville killer sentenced)',
    'Susan Bro',
    [
      'Charlottesville, Virginia killer sentenced to life in prison',
      "Susan Bro, Heather Heyer's mother, told reporters she considered the deal acceptable, saying executing Fields would not bring her daughter back.",
    ],
    ['woman', 'mother'],
  ],
  [
    'a he past a platform and a day, which are no one (fresh Wikinews, Slovak prime minister tests positive)',
    'Igor Matovič',
    [
      'Prime Minister of Slovakia Igor Matovič tests positive for COVID-19',
      'Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday announcing he had tested positive for COVID-19, and intended to isolate for ten days.',
    ],
    ['man', 'he'],
  ],
  [
    'a date’s comma before the subject sets off no phrase (fresh Wikinews, Valech Report released)',
    'Ricardo Lagos',
    [
      'Valech Report released',
      'On addressing the nation on November 28, 2004, president Ricardo Lagos said he would propose a bill that will provide compensation to the victims.',
    ],
    ['man', 'he'],
  ],
  [
    'a she past the speaker’s own my is someone they speak of (fresh NASA page 935, a mentoring interview)',
    'Dave Reynolds',
    [
      'National Mentoring Month: The Right Type of Mentorship with Erika Alvarez and Dave Reynolds',
      'Alvarez wants to be one of many guiding others to meet their goals, which is how she began mentoring Dave Reynolds, a deputy program manager at NASA’s Marshall Space Flight Center.',
      'Reynolds: My first formal mentor was assigned to me while I was in the Mid-Level Leadership Program and she was in SES at NASA’s Glenn Research Center.',
    ],
    ['unknown', undefined],
  ],
  [
    'a subject after two phrases set off by commas, here a list of titles (wikinews-actor-doris-day-dies-at-97)',
    'Doris Day',
    ['Actor Doris Day dies at 97', 'US singer, actor, and animal rights advocate Doris Day died on Monday at her home in Carmel Valley, California.'],
    ['woman', 'her'],
  ],
  [
    'a he opening the sentence after one whose subject is someone else states no gender for a later person (wikinews-robert-mugabe-dies-aged-95)',
    'Emmerson Mnangagwa',
    [
      'Longtime leader of Zimbabwe Robert Mugabe dies aged 95',
      'Robert Mugabe, former president of Zimbabwe, has died, according to current president Emmerson Mnangagwa on Friday. He was 95.',
    ],
    ['unknown', undefined],
  ],
  [
    'nor for the source an opening "According to" names when the clause after it has a subject of its own (wikinews-veteran-sergeant-us-torture-coverup-2004-12-08)',
    'Michael Marciello',
    [
      'Veteran sergeant accounts US torture coverup',
      'Ford attempted to confront his team leader several times without success, and eventually went to his commanding officer Captain Victor Artiga in order to file a formal complaint.',
      'According to a witness, Sergeant First Class Michael Marciello, when Artiga saw the psychiatrist\'s report, Artiga was, "livid". He "stormed" back to the psychiatrist and "browbeat" her to change her report to read that Ford was mentally unstable, and ordered her to have Ford shipped out of the country.',
    ],
    ['unknown', undefined],
  ],
  [
    'nor for a person met as an object after the subject (fresh Wikinews, wrestler Jon Huber dies)',
    'Erick Rowan',
    [
      'US professional wrestler Jon Huber dies aged 41',
      '"Heartbroken and numb," writes Huber\'s longtime tag team partner Erick Rowan on Instagram. "I have lost not only a friend but a brother!"',
      "In his WWE run from 2012 to 2019, as Luke Harper, Huber, an imposing figure standing six feet five inches tall, aligned with Rowan as part of The Wyatt Family faction. He won the promotion's Intercontinental Championship once.",
    ],
    ['unknown', undefined],
  ],
  [
    'a person named inside the quote before the speaker is no rival subject for the he after it (fresh NASA page 935)',
    'Martin Weisskopf',
    [
      'Marshall’s Weisskopf wins prize',
      '“I am honored and excited to share this prize with Paolo Soffitta and the entire IXPE team,” said Martin Weisskopf, who was IXPE’s principal investigator during its development. He retired from NASA in 2022.',
    ],
    ['man', 'He'],
  ],
  [
    'nor is a person after a preposition (fresh Wikinews, prorogation ruled unlawful)',
    'Boris Johnson',
    [
      'UK Supreme Court rules prorogation of Parliament unlawful',
      'Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the current prime minister, on September 10. He is widely suspected of asking for prorogation to prevent legislators from blocking a no-deal Brexit.',
    ],
    ['man', 'He'],
  ],
  [
    'a gendered noun of kinship heading the name after a comma is the name’s own, no other person listed (wikinews-gloria-vanderbilt-dies)',
    'Anderson Cooper',
    [
      'U.S. heiress, designer, and author Gloria Vanderbilt dies at 95',
      'U.S. heiress Gloria Vanderbilt died on Monday at the age of 95, her son Anderson Cooper announced. She had advanced stomach cancer. Scion of the wealthy Vanderbilt family and the subject of a heavily publicized custody battle early in life, she later also became a performer, artist, and designer of porcelain, linens, and a well-known line of designer jeans.',
    ],
    ['man', 'son'],
  ],
  [
    // "On the campaign trail in the USA, October 2020" (Wikinews, 2020-11-02), fresh page.
    '", his wife Melania, and son Barron": the wife is Melania (fresh Wikinews page)',
    'Melania',
    [
      'On the campaign trail in the USA, October 2020',
      'After it was revealed his aide Hope Hicks tested positive for coronavirus, President Trump himself, his wife Melania, and son Barron all tested positive for the virus.',
    ],
    ['woman', 'wife'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(genderOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'the role noun a quote names its speaker by binds the possessive right after its verb (wikinews-alabama-governor-signs-anti-abortion-measure-2019-05-18)',
    'Kay Ivey',
    [
      'Governor of US state of Alabama signs state anti-abortion measure',
      'On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life Protection Act, officially outlawing nearly all circumstances of abortion in the state. This bill passed the Senate of the state on Tuesday.',
      'The governor tweeted her reasoning saying, "Today, I signed into law the Alabama Human Life Protection Act. To the bill’s many supporters, this legislation stands as a powerful testament to Alabamians’ deeply held belief that every life is precious & that every life is a sacred gift from God."',
    ],
    ['woman', 'her'],
  ],
  [
    'the role noun of a quote binds the he of what it says (wikinews-scottish-politician-david-mcletchie-dies-2013-08-12)',
    'David Cameron',
    [
      'Scottish politician David McLetchie dies',
      'UK Prime Minister David Cameron said today "when devolution came, [McLetchie] picked up the reins and made sure that the Scottish Conservatives had a strong voice". The Prime Minister said he is "deeply saddened" by the news.',
    ],
    ['man', 'he'],
  ],
  [
    'but not a possessive further on, in what the clause speaks of (wikinews-us-doctor-sentenced-40-years-opioid-prescriptions-2019-10-04)',
    'James Parker Jones',
    [
      'US doctor sentenced to 40 years for opioid prescriptions',
      'Judge James Parker Jones, presiding in the United States District Court for the Western District of Virginia in Abingdon, handed down the sentence. Mandatory sentencing called for at least 20 years in prison and up to life in prison. The judge recommended mental health treatments and a prison near his family, according to WSET-TV. Smithers, 36 years old, is married and has five children.',
    ],
    ['unknown', undefined],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(genderOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});
