import { describe, expect, test } from 'vitest';
import { modifiesNoun, namesAThing } from '../../../../src/core/engine/attribution/namedThing';
import { analyze, attribution, quotesOf } from './helpers';

// namedThing.ts: words after a naming cue (named, titled, known as, the hashtag) are a name, a title or a hashtag, never
// speech. Sentences from fresh text (Wikinews 2019–2020, NASA, GSA), not in the corpus.

const opens = (text: string, quoted: string) => namesAThing(text, text.indexOf(quoted) - 1);

describe('a name, a title or a slogan after a naming cue', () => {
  test('the cues that name a thing', () => {
    expect(opens('The hashtag "#we want freedom of speech#" trended on Weibo.', '#we want')).toBe(true);
    expect(opens('The event, titled "Self-Ignite into Destiny: A Pivot from Stressful Environments," drew a crowd.', 'Self-Ignite')).toBe(true);
    expect(opens('Besides its nickname, it is also known as "the melting pot of the world."', 'the melting')).toBe(true);
    expect(opens('They were investigating an individual named "Luis" at the time.', 'Luis')).toBe(true);
  });

  test('a speaker\'s words are not a name: "what he called “…”", "said, “…”"', () => {
    expect(opens('The government will hold what he called "the freest and fairest elections in the recent history of Georgia."', 'the freest')).toBe(false);
    expect(opens('Erdoğan said, "They need to stand by us", while addressing the press.', 'They need')).toBe(false);
  });

  // Wikinews, "WHO names new coronavirus COVID-19", 2020-02-14, and Global Voices, "Nigeria: Rashidi Yekini …",
  // 2012-05 (development half); Wikinews, "On the campaign trail in the USA, August 2020", 2020-09-30 (not in the corpus).
  test('a name given in the passive or after its object, a term and a headline mentioned are no quotes', () => {
    expect(
      opens(
        'The International Committee on Taxonomy of Viruses named the virus that causes it "severe acute respiratory syndrome coronavirus 2" (SARS-CoV-2).',
        'severe acute',
      ),
    ).toBe(true);
    expect(
      opens('Zimbabwe had a strong economy and rising literacy rates and, according to CNN, was called the "breadbasket" of southern Africa', 'breadbasket'),
    ).toBe(true);
    expect(opens('What about the adage, “Those who forget history are doomed to repeat it”?', 'Those who')).toBe(true);
    expect(opens('Gist Only wrote a rather controversial headline “Late Rashidi Yekini’s Wife blames the Media for his Death”:', 'Late Rashidi')).toBe(true);
    expect(
      opens(
        'Martin argues that since the term "natural born Citizen" is not defined in the document, the meaning of the term at the time of its writing should prevail.',
        'natural born',
      ),
    ).toBe(true);
  });

  // The first from Wikinews, "President Trump says he 'can' and 'may' put US into state of emergency …", 2019-01-07; the
  // other two are invented shapes.
  test('a phrase someone says about a thing stays theirs: "Schiff called it “a non-starter”", "used the word", "was called “…” by"', () => {
    expect(opens('Schiff called it "a non-starter".', 'a non-starter')).toBe(false);
    expect(opens('He used the word "invasion" four times in the speech.', 'invasion')).toBe(false);
    expect(opens('The plan was called "a disaster" by the mayor.', 'a disaster')).toBe(false);
  });

  // A fresh digital.gov page; the US Army ARCIC think-tank article (development half); Wikinews, "Police shoot man dead
  // after terrorist-related knife attack …", 2020-02-05 (not in the corpus).
  test('a second name joined by "and" and a description nobody gives are no quotes; "described as … by" is the agent\'s', () => {
    const hopper = 'Rear Admiral Grace Hopper, also known as “Amazing Grace” and “the first lady of software,” was one of 21 Americans awarded the medal.';
    expect(opens(hopper, 'the first lady')).toBe(true);
    expect(opens('Sometimes described as “the Army’s think tank,” ARCIC develops concepts.', 'the Army’s')).toBe(true);
    expect(opens('Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos.', 'knife-obsessed')).toBe(false);
    expect(opens('She described the plan as "a disaster" and "a mess."', 'a mess')).toBe(false);
  });

  // Wikinews, "Wikinews discusses DRM and DMCA with Richard Stallman …", 2020-11-17 (not in the corpus).
  test('text a thing displays is no quote; a statement that reads "…" still is', () => {
    expect(opens('The repository still displays "Repository unavailable due to DMCA takedown".', 'Repository unavailable')).toBe(true);
    expect(opens('Stardom\'s official statement yesterday read "Stardom fans, We are very sorry to report …"', 'Stardom fans')).toBe(false);
  });

  // NASA, "Career journey: astronaut fitness trainer", 2024-02-14, and "Eleasa Kim: CLDP payload operations", 2024-05-14
  // (development half).
  test('a title told as what someone is called and a saying a thing is likened to are no quotes', () => {
    expect(opens('Twine’s official title is “astronaut strength, conditioning, and rehabilitation specialist.”', 'astronaut strength')).toBe(true);
    expect(opens('This approach, reminiscent of “boots on the ground,” is reshaping the agency’s culture.', 'boots on')).toBe(true);
    expect(opens('The title was hers, and she said, “I earned it.”', 'I earned')).toBe(false);
  });

  test("a paper titled “…” is no quote of its author, and the author's own words still are", () => {
    const article = analyze(
      'AI for Earth',
      'Rahul Ramachandran wrote a paper titled "From petabytes to Insights: Tackling Earth Science’s Scaling Problem" last year. "We need open science to keep up with the data," Ramachandran said.',
    );
    expect(quotesOf(article).map((q) => q.text)).not.toContain('From petabytes to Insights: Tackling Earth Science’s Scaling Problem');
    expect(attribution(article, 'We need open science')).toMatchObject({ kind: 'direct', speaker: 'Rahul Ramachandran' });
  });
});

describe('a thing introduced by the name it goes by', () => {
  test('"wrote a program called “butterpy”" names a program; a subject that called something quotes its words', () => {
    const line =
      'University of Florida postdoctoral associate Zachary Claytor, the science principal investigator on the project, wrote a program called “butterpy” to generate such light curves.';
    expect(opens(line, 'butterpy')).toBe(true);
    expect(opens('A spokesman called “the decision a mistake” on Friday.', 'the decision')).toBe(false);
    expect(opens('The New York Times called "the steamiest book ever written by an octogenarian" a success.', 'the steamiest')).toBe(false);
  });

  test('the program’s name is no quote of Claytor’s', () => {
    const article = analyze(
      'Citizen scientists find stars',
      'University of Florida postdoctoral associate Zachary Claytor, the science principal investigator on the project, wrote a program called “butterpy” to generate such light curves.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'direct')).toHaveLength(0);
  });
});

// Fresh NASA pages, not in the corpus.
describe('a gloss: what a word means in another language', () => {
  test('"translates as", "is Swahili for", ", meaning" set off a rendering, not speech', () => {
    expect(opens('The Arabic name for Regulus translates as "the heart of the lion."', 'the heart')).toBe(true);
    expect(opens('Arusha is Swahili for “he makes fly (into the skies).”', 'he makes fly')).toBe(true);
    expect(
      opens(
        'The border of the patch contained the Latin words Explorandi Concitandi Docendi Gratia, meaning “for the sake of exploring, inspiring, and teaching.”',
        'for the sake',
      ),
    ).toBe(true);
  });

  test('a speech verb before the words still quotes; "which means" is left alone (a speaker may use it)', () => {
    expect(opens('Health Minister Łukasz Szumowski said "We couldn’t win," and the city flag is at half mast.', 'We couldn')).toBe(false);
    expect(opens('I don\'t even think I\'ve said the name yet — lissoirs, which means "smoother".', 'smoother')).toBe(false);
  });
});

// Sentences from fresh text (Wikinews 2019, NASA 2024, digital.gov 2016), not in the corpus.
describe('words in marks set as the name of the noun after them', () => {
  const modifies = (text: string, quoted: string) => modifiesNoun(text, text.indexOf(quoted) - 1, text.indexOf(quoted) + quoted.length);

  test('between a determiner and a noun: a model, an approach, a pattern, an environment', () => {
    expect(modifies('Since then, the territory has been governed under the "one country, two systems" model.', 'one country, two systems')).toBe(true);
    expect(modifies('During the Jan. 17 test, operators followed a “test like you fly” approach, firing the engine.', 'test like you fly')).toBe(true);
    expect(modifies('It lets VA employees propose and test ideas in a “test small, fail small” environment.', 'test small, fail small')).toBe(true);
  });

  test('not when the sentence goes on after the mark, nor with punctuation inside it, nor without a determiner', () => {
    expect(modifies('The study construes the estimate, a "total of 1,723 cases" in Wuhan on January 12.', 'total of 1,723 cases')).toBe(false);
    expect(modifies('Students experience a “day in the life” of a working person.', 'day in the life')).toBe(false);
    expect(modifies('He said it was "a matter for the courts." officials later added.', 'a matter for the courts.')).toBe(false);
    expect(modifies('I always tell people that “I was called everything but nice” every single day.', 'I was called everything but nice')).toBe(false);
    expect(modifies('He said he was "sorry for what had happened to them" yesterday and left.', 'sorry for what had happened to them')).toBe(false);
  });
});

// Wikinews interviews as the GUM corpus keeps them (development half): the interviewer's questions set terms in marks.
describe("terms in an interviewer's question", () => {
  test('a phrase in marks before the noun it qualifies, that noun ending the phrase: "features “free as in beer” content —"', () => {
    const text =
      'As far as I can tell, podiobooks.com features "free as in beer" content — material which you can download, but which isn\'t under a free content license.';
    expect(modifiesNoun(text, text.indexOf('free as in beer') - 1, text.indexOf('free as in beer') + 'free as in beer'.length)).toBe(true);
    expect(quotesOf(analyze('Interview with LibriVox founder Hugh McGuire', text))).toEqual([]);
  });

  test('words given as an example of a question: "a question like “the greatest woman in the world”"', () => {
    const text = 'What would a question like "the greatest woman in the world" reveal to you?';
    expect(opens(text, 'the greatest woman')).toBe(true);
  });
});

// A Wikinews article as the GUM corpus keeps it (development half): a pull quote signed with its source and the post's title.
test('the title after a pull quote\'s signature is no quote: "“…” Anonymous blogger, “Anon declares war on Church of Scientology”"', () => {
  const text =
    '"Prompted I think by the Tom Cruise video, a new obsession is taking hold on the internet. An insurgency against The Church of Scientology." Anonymous blogger, "Anon declares war on Church of Scientology"';
  expect(opens(text, 'Anon declares war')).toBe(true);
  expect(opens(text, 'Prompted I think')).toBe(false);
  expect(opens('"We will be back," Anonymous blogger wrote, "and we will win."', 'and we will win')).toBe(false);
});

test('a cue between two quotes is no signature (fresh Wikinews, "Hong Kong\'s Carrie Lam delivers speech on video …")', () => {
  const text =
    'In the subsequent video broadcast of the speech, Lam said, "any acts that advocate Hong Kong’s independence and threaten the country’s sovereignty, security and development interests will not be tolerated." She further stated, "So long as Hong Kong remains impeded by unresolved disputes, ongoing violence, confrontation and discord, our city cannot embark on the road to reconciliation"';
  expect(opens(text, 'So long as Hong Kong')).toBe(false);
});

// Wikinews, "Thousands march in anti-Brexit protest …", 2019-03-28, and Global Voices, "Brazil: racial quotas …", 2012-05
// (development half, golds holding no quote); fresh Global Voices (post 78992) and Wikinews (Stallman interview, 2020-11-17).
describe('slogans on signs, banners and walls are no quotes', () => {
  test('the sign or banner bears the words: "a banner … saying", "banner of", "the writing says", "painted with the words"', () => {
    expect(opens('Protesters with flags and a banner from People\'s Vote saying "put it to the people". Image: Voice of America.', 'put it')).toBe(true);
    expect(opens('… but the protest banner of “TVB news, a sloppy production” shown during the live broadcast.', 'TVB news')).toBe(true);
    expect(opens('When translated, the writing says "say \'friend\' and enter."', "say 'friend")).toBe(true);
    expect(opens('On April 29, a shop in front of the university had a wall spray-painted with the words: "UFMG will turn black."', 'UFMG')).toBe(true);
  });

  test('a caption naming the sign after the words: "“Where is David Cameron? Danny Dyer for PM” sign."', () => {
    expect(opens('"Where is David Cameron? Danny Dyer for PM" sign. Image: mia! (flickr).', 'Where is')).toBe(true);
  });

  test('a relative clause, "reading", and a verb a few words from the noun: "a sign that read", "a banner … read"', () => {
    expect(opens('A banner stretched between two lampposts read "No new pipelines. Not in our name."', 'No new')).toBe(true);
    expect(opens('mothers lined up beneath a hand-painted sign that read "Measles kills. Vaccines save."', 'Measles kills')).toBe(true);
    expect(opens('Protesters carried a banner reading "Old man, go away!", a reference to Nazarbayev.', 'Old man')).toBe(true);
  });

  test('"signs" as a verb is no sign, and a statement that "read" still quotes its author', () => {
    expect(opens('The governor signs a bill saying "we will do better" every year.', 'we will')).toBe(false);
    expect(opens('The statement read: "We regret the decision."', 'We regret')).toBe(false);
    expect(opens('The sign was clear, the mayor said: "We will rebuild."', 'We will')).toBe(false);
  });
});

describe('a question set out as a topic is no quote', () => {
  test('after "the question(s)", as the subject a colon ends, or before "is a … question"', () => {
    const kepler = 'The Kepler mission was designed to address the questions “How prevalent are other worlds?” and “How unique is our solar system?”';
    expect(opens(kepler, 'How prevalent')).toBe(true);
    expect(opens(kepler, 'How unique')).toBe(true);
    expect(opens('A single question has driven her since she was a kid: “Does life exist beyond Earth?”', 'Does life')).toBe(true);
    expect(
      opens('the Trump administration has been trying to add the question, "Is this person a citizen of the United States?", to the census', 'Is this'),
    ).toBe(true);
    expect(opens('"Will the PM resign" is a million dollar question.', 'Will the PM')).toBe(true);
  });

  test('a question someone asks or raises is theirs', () => {
    expect(opens('He asked the question: “Where is the money?”', 'Where is')).toBe(false);
    expect(opens('Senators raised the question, “Who approved this?”', 'Who approved')).toBe(false);
  });
});

// Fresh NASA (283) and Wikinews (WikinewsSum, "Veteran sergeant accounts US torture coverup") pages; the guide: "Nicknames
// in marks inside a name (`Herman "Chico" Rijfkogel`): notQuotes".
test('a nickname between the words of a name is no quote, whatever cue comes before', () => {
  expect(opens('Eugene L. Tu announces the appointment of Verron “Ron” Brade as Ames Center Associate Director.', 'Ron')).toBe(true);
  expect(opens('David wrote an account of Sergeant Frank "Greg" Ford\'s report on Iraqi prisoner abuse.', 'Greg')).toBe(true);
  expect(opens('“Yes,” Smith said.', 'Yes')).toBe(false);
  expect(opens('Smith said “Never” Monday.', 'Never')).toBe(false);
});

// A fresh NASA page (337) on STS-41C, whose last nickname lost its closing mark.
test('a nickname inside a name whose closing mark was lost is no quote; a quote opened after a name and a verb is', () => {
  const crew =
    'Mission Specialists Terry J. “TJ” Hart, James D. “Ox” Van Hoften, and George D. “Pinky Nelson flew a seven-day mission that expanded the shuttle’s capabilities.';
  expect(opens(crew, 'Pinky')).toBe(true);
  expect(opens('Flight Director George D. Nelson said: “Pinky Nelson flew it well, and we are proud.', 'Pinky')).toBe(false);
  expect(opens('George D. “Pinky” Nelson flew a seven-day mission.', 'Pinky')).toBe(true);
});

// Wikinews, "Millions don't turn up to storm Area 51 …", 2019-09-22 (development half, gold listing it as no quote); fresh
// Global Voices (post 79204) and Wikinews ("Polish leader Jarosław Kaczyński …", 2019-05-15) pages.
test('a name in apposition to the kind of thing it names is no quote; a quote ending its sentence after a comma is', () => {
  expect(opens('Roberts says his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke.', 'Storm Area')).toBe(true);
  const communities = 'One of many related communities, “Não ao projeto de Azeredo” [No to the Azeredo Bill, pt], has already attracted 6,563 members.';
  expect(opens(communities, 'Não ao')).toBe(true);
  const charity = 'Calling it as "just another apology", Anna Franowska of "Have no fear", an abuse victim support charity, told Reuters "it almost sounds".';
  expect(opens(charity, 'Have no fear')).toBe(true);
  expect(opens(charity, 'just another')).toBe(false);
  expect(opens('John Bell said of the test program, “Overall, it was a very successful venture and well worth it.”', 'Overall')).toBe(false);
});

// Fresh Global Voices (posts 78992, 79082) and digital.gov pages.
test('a headline, a topic or a mantra told as what it is, a few words after the noun, is no quote', () => {
  const headline = 'On June 4, the headline of CCTVB in 6:30pm is “three boy fainted in a Tinshiuwai park due to drug abuse”.';
  expect(opens(headline, 'three boy')).toBe(true);
  expect(opens('One of the main topics during any Iranian presidential election is ‘to vote or not to vote’.', 'to vote')).toBe(true);
  expect(opens('Our team’s mantra is, “we are only as successful as the contributions we receive.”', 'we are only')).toBe(true);
  expect(opens('The minister said the plan is “dead on arrival.”', 'dead on')).toBe(false);
});

// Fresh Global Voices (post 78917), NASA (728) and digital.gov pages.
test('a title or a name before the head noun it modifies is no quote: "«Ich bin ein Berliner» speech", "“worm” logo"', () => {
  expect(opens("Citoyen Hmida has compared Cairo speech to the JFK's «Ich bin ein Berliner» speech.", 'Ich bin')).toBe(true);
  expect(opens('Art and science merged as teams added the NASA “worm” logo on the SLS solid rocket boosters.', 'worm')).toBe(true);
  expect(opens('Beware the “We’ve always done it this way” syndrome.', 'We’ve')).toBe(true);
  expect(opens('The speakers agreed that “small and scrappy” teams can consistently implement big changes.', 'small and')).toBe(false);
  expect(opens('“It was a great speech,” book critics said.', 'It was')).toBe(false);
});

// Global Voices, "Nigeria: R.I.P. Rashidi Yekini …", 2012-05 (development half, gold listing it as no quote).
// gv-argentina-gender-identity-law-2012-05-12 (development half).
test('the title of the post a source wrote in is no quote: `the blog Unificacionistas, in its post "Equality for few" wrote`', () => {
  const cue = 'On the other side, the blog Unificacionistas, in its post "Equality for few" wrote about the rights of minorities in Argentina:';
  expect(opens(cue, 'Equality for few')).toBe(true);
  // wikinews-hackers-attack-scientology-website-2008-01-20 (development half): the words of a post are a quote.
  const post =
    'One poster admitted to being a part of the effort, writing in his blog post "I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage."';
  expect(opens(post, 'I have myself')).toBe(false);
  const article = analyze('Argentina: Lawmakers Approve Gender Identity Law', cue, 'for sure the minorities would quickly go for more and more rights.');
  expect(quotesOf(article).map((q) => q.text)).not.toContain('Equality for few');
});

test('the title of a post a colon sets off is no quote: `Tunde wrote about the "untold story of …":`', () => {
  expect(opens('Tunde wrote about the "untold story of Rashidi Yekini\'s last days":', 'untold story')).toBe(true);
  expect(opens('Tunde wrote about the "untold story of Rashidi Yekini\'s last days" on his blog.', 'untold story')).toBe(false);
});

// Global Voices, "Egypt: lawyer's arrest in Saudi Arabia …", 2012-05 (development half, gold listing it as no quote).
test('a gloss in brackets is no quote: `“white hands” (Arabic for “a shining track record”)`', () => {
  const text = 'Katatny said that Saudi has “white hands” (Arabic for “a shining track record”) in backing Egypt.';
  expect(opens(text, 'a shining')).toBe(true);
  expect(opens(text, 'white hands')).toBe(false);
});

// NASA Marshall Star items (2024, public domain), nasa_article_674 and nasa_article_691 of
// github.com/katie-hofschen/NASA_RAG; in neither half of tests/fixtures/real.
describe('titles of papers in sentence case', () => {
  const TITLED =
    'The papers were titled; “Large mission implementation lessons from history”, “Webb Space Telescope primary mirror development: summary and lessons learned”, and “Rules for optical metrology: Webb primary mirror case study.” Read the papers at: https://www.spiedigitallibrary.org/journals/';
  const PUBLISHED =
    'On 1/5/24, Astronomy & Astrophysics published online “Magnetic field properties inside the jet of Mrk 421” by Dawoon Kim et al. On 1/11/24, Astrophysical Journal Letters published online “X-Ray Polarized View of the Accretion Geometry in the X-Ray Binary Circinus X-1” by Fabio La Monaca et al.';

  test('a list after "were titled;" is titles, each of them, not quotes', () => {
    expect(opens(TITLED, 'Large mission')).toBe(true);
    expect(opens(TITLED, 'Webb Space Telescope primary')).toBe(true);
    expect(opens(TITLED, 'Rules for optical')).toBe(true);
    expect(quotesOf(analyze('Marshall Astrophysicist Publishes Three Papers', TITLED))).toEqual([]);
  });

  test('what a journal "published online" with "by" and its authors after it is a title, not a quote', () => {
    expect(opens(PUBLISHED, 'Magnetic field properties')).toBe(true);
    expect(quotesOf(analyze('IXPE Publications', PUBLISHED))).toEqual([]);
  });

  test('"published" without authors after the marks, and words said after a comma, are left as they were', () => {
    expect(opens('The newspaper published “We were wrong,” an apology on its front page.', 'We were wrong')).toBe(false);
    expect(opens('“We will win,” she said, “We must.”', 'We must')).toBe(false);
  });
});

// wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (dev half): terms mentioned in a reported argument.
describe('a term in marks mentioned inside reported speech is no quote', () => {
  const text =
    'Professor Eugene Volokh of UCLA School of Law writes in a Newsweek essay that the term "natural born citizen" derived from the British "natural born subjects" which included all people born within the borders of the British empire. Moreover, he says the 14th Amendment phrase "subject to" referred primarily to children born to Indian tribes.';
  test('a nation\'s term after "the British" and a phrase after "the 14th Amendment phrase" are mentions', () => {
    expect(opens(text, 'natural born subjects')).toBe(true);
    expect(opens(text, 'subject to')).toBe(true);
    const article = analyze('On the campaign trail, USA, August 2020', text);
    const quoted = quotesOf(article)
      .filter((q) => q.kind === 'direct')
      .map((q) => q.text);
    expect(quoted).not.toContain('natural born subjects');
    expect(quoted).not.toContain('subject to');
  });

  test('words a speaker says after "said the phrase" with no verb after them, or a sentence after "the British", stay quotes', () => {
    expect(opens('He then said the phrase "we will win" twice.', 'we will win')).toBe(false);
    expect(opens('Answering the British "We will not pay, and we will not leave." was their reply.', 'We will not')).toBe(false);
  });
});

// gv-spain-indignados-15m-barcelona-2012-05-16 (development half).
test('words a wall bears are shown, not spoken: "a wall that protects a building under construction that says “…”"', () => {
  const text =
    'She has photocopied one of the movement\'s flyers and has placed herself in front of a wall that protects a building under construction that says "The drums of rebellion are sounding." Maria, that\'s her name, is 56 years-old.';
  expect(opens(text, 'The drums of rebellion')).toBe(true);
  expect(opens('The mayor stood by the wall and said "We will rebuild it."', 'We will rebuild')).toBe(false);
});

// gv-israel-racism-african-asylum-seekers-2012-05-21: a blogger cites newspapers' headlines as examples.
test('headlines cited as examples, one or several, are no quotes', () => {
  const article = analyze(
    'Israel: Racism Against African Asylum Seekers',
    'Professor Moshe Negbi wrote:',
    'It is crucial to remind editors in charge of phrasing headlines and crime reporters that Article 14 of the Ethics Regulations of the Israeli Press Council - entitled "Discrimination and Racism" - forbids mentioning the association of a criminal or a suspect with any sector of society, unless the affiliation to this group has a direct and clear connection to his crime. [...] It is clear that the headlines "Eritreans suspected of an assault in southern Tel Aviv" and "African suspected of robbery" are grave violations of the aforementioned article, because the mentioning of the criminal\'s ethnicity implicates the criminal\'s entire people or race.',
  );
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts.some((t) => t.startsWith('Eritreans suspected') || t.startsWith('African suspected'))).toBe(false);
  expect(attribution(article, 'It is crucial to remind editors').speaker).toBe('Moshe Negbi');
});
