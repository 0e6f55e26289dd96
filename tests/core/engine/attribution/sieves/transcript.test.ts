import { describe, expect, test } from 'vitest';
import { readTranscript } from '../../../../../src/core/engine/attribution/sieves/transcript';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/transcript.ts: a labelled interview transcript gives each answer paragraph to the person its label names.

// Wikinews, "Gregory Kurtzer discusses plans for Rocky Linux with Wikinews …", 2020-12-18, CC BY 2.5 (development half).
const KURTZER = 'Gregory Kurtzer discusses plans for Rocky Linux with Wikinews as Red Hat announces moving focus away from CentOS';
const KURTZER_LEAD =
  'Soon after Red Hat’s announcement, Kurtzer announced his intentions to develop Rocky Linux, to fill the role CentOS had been playing for so long. Gregory Kurtzer told Wikinews he started CAOS Linux around that time.';

// NASA, The Marshall Star for January 24, 2024 (public domain, work of the US federal government), not in the corpus:
// katie-hofschen/NASA_RAG nasa_articles/nasa_article_935.md
const MARSHALL = 'The Marshall Star for January 24, 2024';
const MARSHALL_LEAD =
  'Dave Reynolds is currently being mentored by Erika Alvarez in preparation for a Senior Executive Service position. Hoping their experience can help others during National Mentoring Month, they discussed their insight about finding the right type of mentorship.';

const all = (texts: Array<string>) =>
  readTranscript(
    texts,
    texts.map(() => true),
    () => true,
  );

describe('labelled interview transcript', () => {
  test('each `((Name))` answer is a direct quote by the labelled person, the label its cue; the question is no quote', () => {
    const article = analyze(
      KURTZER,
      KURTZER_LEAD,
      '((WN)) How has CentOS evolved since it became a part of Red Hat?',
      '((Gregory Kurtzer)) Red Hat has invested a good deal of resources into the CentOS project itself and the community has benefited from additional developers, cloud resources, and a stronger support infrastructure.',
      'Red Hat has always been a tremendous supporter of Linux and open source, but that doesn’t make Red Hat/IBM a good home for CentOS.',
      '((WN)) Tell us about Rocky Linux.',
      '((Gregory Kurtzer)) Rocky Linux is a Community Enterprise Linux distribution by the community and for the community.',
    );
    expect(attribution(article, 'Red Hat has invested a good deal')).toMatchObject({ kind: 'direct', speaker: 'Gregory Kurtzer', cue: '((Gregory Kurtzer))' });
    expect(attribution(article, 'Red Hat has always been a tremendous')).toMatchObject({
      kind: 'direct',
      speaker: 'Gregory Kurtzer',
      resolution: 'continuation',
    });
    expect(attribution(article, 'Rocky Linux is a Community Enterprise')).toMatchObject({ speaker: 'Gregory Kurtzer' });
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts.some((t) => t.includes('How has CentOS evolved') || t.includes('Tell us about'))).toBe(false);
    expect(texts).toContain(
      'Red Hat has always been a tremendous supporter of Linux and open source, but that doesn’t make Red Hat/IBM a good home for CentOS.',
    );
  });

  test('an answer runs on through a command its sentence sets off, and stops at an unlabelled question', () => {
    const texts = [
      KURTZER,
      'Why was CentOS originally created? What were the reasons why it was then absorbed by Red Hat?',
      '((Gregory Kurtzer)) We are not currently forking CentOS 7 because that has not changed its EOL.',
      'To convert a CentOS 8 system to Rocky Linux 8, you only need to run a single command:',
      'dnf install http://your.favorite.rocky.mirror/path/to/rocky-release*.rpm',
      'Because Rocky is completely compatible with both CentOS and RHEL, this single command is all you will have to do.',
      'Which hardwares will Rocky Linux run on?',
      '((Gregory Kurtzer)) So far we have very active support and interest in x86-64 as well as ARM.',
    ];
    const turns = all(texts);
    expect([...turns.keys()]).toEqual([2, 3, 4, 5, 7]);
    expect(turns.get(5)).toMatchObject({ labelBlock: 2, carried: true });
  });

  test('a paragraph that names the one answering and says nothing in the first person is narration, not the answer', () => {
    // Fresh real text (Wikinews, 2020-04-14, an interview of Dorsa Derakhshani, CC BY 2.5), not in the corpus.
    const texts = [
      'Iranian International Master Dorsa Derakhshani discusses her life with Wikinews',
      '((WN)) How was your personality like, in your childhood?',
      '((Dorsa Derakhshani)) Oh, my mom sometimes makes fun that I was like a child robot, that I was always saying what I was thinking.',
      'But I was always very competitive and, yeah: that was something that my parents gave me.',
      'Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to play for the Iranian Chess Federation saying "it wasn\'t a good fit" for her.',
      "((WN)) Early in your life you had decided you didn't want to play for Iran.",
    ];
    expect([...all(texts).keys()]).toEqual([2, 3]);
  });

  test('`Surname:` answers after `Question:` lines are the named person’s; an editor’s note after them is no one’s', () => {
    const article = analyze(
      MARSHALL,
      MARSHALL_LEAD,
      'Question: What does mentorship mean to you?',
      'Reynolds: Mentorship is an outside perspective that benefits me by providing a better solution. You can ask your mentor about your ideas to self-examine the path that you’re on.',
      'Alvarez: For me, mentorship is worth the time investment because we can get stuck in our day-to-day routine.',
      'Question: What impact has mentorship had on you and your career?',
      'Alvarez: With Dave and I starting from the same department, we had some of the same mentors early on.',
      'Editor’s note: This is the second in a Marshall Star series during National Mentoring Month in January.',
    );
    expect(attribution(article, 'Mentorship is an outside perspective')).toMatchObject({ kind: 'direct', speaker: 'Dave Reynolds', cue: 'Reynolds' });
    expect(attribution(article, 'For me, mentorship is worth')).toMatchObject({ kind: 'direct', speaker: 'Erika Alvarez', cue: 'Alvarez' });
    expect(attribution(article, 'With Dave and I starting')).toMatchObject({ speaker: 'Erika Alvarez' });
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts.some((t) => t.includes('What does mentorship mean') || t.includes('This is the second in'))).toBe(false);
  });

  // digital.gov (GSA), "Tips for Adapting analytics.usa.gov from Tennessee, Boulder, and Philadelphia", public domain.
  test("colon labels of initials give each answer to the one person of the article with those initials; the asker's are no quotes", () => {
    const article = analyze(
      'Tips for Adapting analytics.usa.gov from Tennessee, Boulder, and Philadelphia',
      'I reached out to Lauren Ancona, the Senior Data Scientist for the City of Philadelphia’s Office of Innovation and Technology, and Ron Pringle, a Senior PHP Application Programmer Analyst for the City of Boulder.',
      'MK: We saw your tweets about adapting the analytics dashboard. How did you hear about the dashboard?',
      'LA: My previous career as a marketer involved heavy work with analytics, so I’d actually been following the project on GitHub for several months.',
      'RP: I heard about the analytics dashboard from a number of sources almost simultaneously.',
      'MK: What did you do to adapt it?',
      'LA: We’re using it in much the same way the federal government is.',
      'RP: The initial rollout of the dashboard was for internal use only.',
    );
    expect(attribution(article, 'My previous career').speaker).toBe('Lauren Ancona');
    expect(attribution(article, 'I heard about the analytics').speaker).toBe('Ron Pringle');
    expect(quotesOf(article).filter((q) => q.text.includes('How did you hear') || q.text.includes('What did you do'))).toEqual([]);
  });

  test('a lone `Note:`, `Update:`, `Photo:` or `Ed.:` line, or labels used once each, make no transcript', () => {
    expect(all(['Headline', 'Note: The figures are for 2012.', 'Update: The minister resigned on Friday.']).size).toBe(0);
    expect(all(['Headline', 'Photo: Reuters', 'Ed.: See the LibriVox catalog for a full index.', 'He said nothing.']).size).toBe(0);
    // Interview with LibriVox founder Hugh McGuire, Wikinews 2006 (GUM corpus), CC BY 2.5: a list inside an answer.
    expect(
      all(['Interview with LibriVox founder Hugh McGuire', 'Short term: organization of technology and people.', 'Long term: growing the community.']).size,
    ).toBe(0);
  });

  test('a label before quote marks is a labelled line, left to the colon sieve', () => {
    const texts = [
      'Emails reveal Boeing, Air Force tanker deal',
      'Secretary of the Air Force James Roche: "No, Sir, save it and blow him away with it."',
      'Darleen Druyun: "Oy. I agree."',
      'Secretary of the Air Force James Roche: "Oy. I agree. I had hoped you would."',
      'Darleen Druyun: "Thanks."',
    ];
    expect(all(texts).size).toBe(0);
  });
});

// Fresh Wikinews page (2019-05-31, Toronto's Anime North): the scrape kept the interviewer's labels, not the answers'.
test('"((WN)) …?" after a colon cue is the outlet\'s question, not the quotation the cue sets off', () => {
  const article = analyze(
    "Toronto's Anime North 2019 welcomes voice actors",
    'Another voice actor, Lauren Landa, would list Sailor Neptune and Sailor Uranus as dream roles, when asked at conventions. When she was cast, "I swear to you, I was speechless," she told an audience at her Q&A session.',
    'Cosplay model and professional singer Jillea attended the Saturday of the convention dressed as Pokemon species Charizard. Wikinews spoke with her by email, after the event:',
    '((WN)) What got you into cosplay modelling?',
    'I got into cosplay modelling through a friend who was a photographer.',
    '((WN)) How did you choose Charizard?',
  );
  expect(quotesOf(article).some((q) => q.text.includes('What got you into cosplay'))).toBe(false);
});

// Wikinews, "Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris", 2019-01-27,
// CC BY 2.5, not in the corpus: https://en.wikinews.org/wiki/Male_Magellanic_penguins_pine_for_pairings:_Wikinews_interviews_biologist_Natasha_Gownaris
describe('colon labels answering the outlet’s (( )) questions', () => {
  test('"NG: …" after "((WN)) …?" is the answer of the Natasha Gownaris the first answer\'s label names', () => {
    const article = analyze(
      'Male Magellanic penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris',
      'Gownaris answered a series of questions for our correspondent.',
      '((Wikinews)) What prompted your curiosity about Magellanic penguins?',
      "Natasha Gownaris: I've wanted to be a marine scientist since I was a child, when I would collect sand crabs (Emerita talpoida) from local beaches in New York.",
      '((WN)) How did you approach putting together such a large-scale study?',
      'NG: This study started in 1982, long before my joining the lab in March of 2016.',
      '((WN)) What do you think might be causing pressure on food sources for the penguins?',
      'NG: The two main threats to the food sources of this colony are climate change, which cause shifts in primary productivity and fish stocks, and fisheries. Fisheries compete with penguins for fish species such as hake and anchovy.',
    );
    expect(attribution(article, "I've wanted to be a marine scientist")).toMatchObject({ kind: 'direct', speaker: 'Natasha Gownaris' });
    expect(attribution(article, 'This study started in 1982')).toMatchObject({ kind: 'direct', speaker: 'Natasha Gownaris', cue: 'NG' });
    expect(attribution(article, 'The two main threats')).toMatchObject({ kind: 'direct', speaker: 'Natasha Gownaris' });
    expect(quotesOf(article).filter((q) => q.text.includes('?'))).toEqual([]);
  });
});

// Wikinews, "US study finds correlation between youth suicide, household gun ownership", 2019-01-26, CC BY 2.5, not in
// the corpus: https://en.wikinews.org/wiki/US_study_finds_correlation_between_youth_suicide,_household_gun_ownership
describe('bare initials answering the outlet’s (( )) questions', () => {
  test('"MS Although we used …" after "((WN)) …?" is the answer of Michael Siegel, whose initials they are', () => {
    const article = analyze(
      'US study finds correlation between youth suicide, household gun ownership',
      'Professor Michael Siegel of Boston University, co-author of a new study published in the American Journal of Preventive Medicine on January 17, declared household gun ownership rates within the United States to be "the strongest single predictor of a state\'s youth suicide rate". Wikinews interviewed Siegel to learn more.',
      "Siegel agreed to answer some questions for Wikinews‍'s correspondent.",
      '((WN)) Given that some key data is from 2004, how well do you think your results can be applied to the situation today?',
      'MS Although we used gun ownership data from 2004 for the primary analysis, we repeated the analysis using a household gun ownership proxy averaged over the years 2005–2015, and the results were similar. Thus, we do not believe that there is any reason to think that the results do not apply to the situation today.',
      '((WN)) To what extent do the results of this study match up to your expectations?',
      'MS We did not actually have a pre-conceived idea of whether or not we would find an association after controlling for the proportion of youth who were depressed, had made a suicide plan, or had attempted suicide.',
    );
    expect(attribution(article, 'Although we used gun ownership data')).toMatchObject({ kind: 'direct', speaker: 'Michael Siegel', cue: 'MS' });
    expect(attribution(article, 'We did not actually have')).toMatchObject({ kind: 'direct', speaker: 'Michael Siegel', cue: 'MS' });
  });
});

// Wikinews, "Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi", 2020-07-06, and "Living with
// HIV during COVID-19: Wikinews talks to HIV-positive sex workers …", 2020-10-18, CC BY 2.5 (fresh text, not in the corpus).
describe('an answer running over paragraphs the page cut oddly', () => {
  test('a sentence broken over two lines ("… how I would" / "see it.") goes on with the answer, both lines', () => {
    const article = analyze(
      'Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi',
      '((WN))  What would you suggest [for] other fellow ex-Muslims to cope with it?',
      "((Zara Kay))  I think it is important to have a healthy balance with social media to help a healthy relationship.  Understand when your body is psychologically rejecting the negativity.  And once it does that or once you see yourself getting into a Twitter fight, or Instagram fight, you shut it.  So having a healthy relationship with social media.  Also being less affected by what people think of you.  If you truly think you're doing the right thing, take feedback only from those people who you would seek advice from.",
      "And that doesn't mean everybody in the world.  That could possibly mean just your close friend.  So don't let what other people think of you bring you down.  Yeah, I think that's how I would\nsee it.",
      '((WN))  How does the PC culture affect important discussions about Islam?',
    );
    expect(attribution(article, "And that doesn't mean everybody")).toMatchObject({ kind: 'direct', speaker: 'Zara Kay', resolution: 'continuation' });
    expect(attribution(article, 'see it.')).toMatchObject({ kind: 'direct', speaker: 'Zara Kay', resolution: 'continuation' });
    expect(quotesOf(article).some((q) => q.text.includes('How does the PC culture'))).toBe(false);
  });

  test('a paragraph ending on the Hindi danda after its translation is finished, and goes on with the answer', () => {
    const texts = [
      'Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers about how pandemic has effected their lives',
      "((Akram Pasha))  Ashodaya mainly works to spread awareness [among sex workers] about HIV.  They gather the community, identify the needs of the community, look after what the community requires, and also deals with how the community faces violence.  I mean the, community often faces violence.  It happens from the family, from boyfriend, it can happen from their neighbours, their landlords.  So Ashodaya [fights against] violence and exploitation [against the sex workers].  Like for example, they advocate, they network [with the sex workers], and accrediting them by rapid enrolment.  They do all these [things].  And mostly about their health.  They spread awareness about HIV in the community, and they also counsel.  Their [sex worker's] job, which has a high risk [to contract STD], they [Ashodaya] help getting treatment of sexually transmitted disease[s] [sexually transmitted diseases].  Like for example, when we first speak to them [sex workers], we identify if they have any symptoms of STD, [and if so], we get them treated.  And then we go check for HIV.  And if they have contracted HIV, then we get [them] registered for ART [Anti-retroviral treatment], And we follow up after ART.  Those who are [HIV-]negative, we mostly encourage them to use condom[s], we explain them; and [we] tell them how they can live their lives in a better way. ((hi))Hindi language: ‍अशोदया mainly HIV-awareness के लिए काम करता है।  जो community को इक्ख़ा करना, community की need identify करना, community को main need क्या है, और community का violence किस तरीक़े से है: मतलब community में ज़्यादातर violence होता है।  Family से होता है, उनके boyfriend से होता है, और [उनके] neighbours से होता है, stakeholders से होता है।  तो ऐसी जो violence, मतलब उनके साथ जो हिंसा होती है, शोषणया होती है, उसके लिए कार करते हैं।  जैसे कि advocacy करना, networking करना, rapid enrollment करके उनको accredit कराना, यह करते हैं।  और उसके ज़्यादातर, स्वास्थ को लेके जो काम करते हैं, उनको HIV के बारे में awareness create करना, और councelling करना, और जो उनका काम है, उसमें जितना high-risk है, उसके लिए STDs का treatment करवाना।  जैसे कि, पहले हम उनको बात करते हि identify कर लेते है: उनको कोई STD का symptoms है, तो उसको treatment कराते है।  फिर बाद में जाके HIV का जाँच करवाते है।  अगर HIV हो गया, तो उनको ART [Anti-retroviral treatment] के लिए registration करते हैं, ART दिलाके follow-up करते हैं।  जो negative है, उनको condom के बारे में ज़्यादातर motivation करते है, उनको समझाते है, और उनके life में कैसे और अच्छी तरह से जी सकते है, उसके बारे में [बात] करते है।",
      "We are working on the COVID-19 that is going on now, spreading the information to everyone.  Telling them to maintain hygiene, to protect themselves from  COVID-19.  Because a lot of people have mentally changed from within.  So we explained them about COVID.  And we are also running our own corporative.  Like how there are railway cooperatives, KSRTC's cooperative, doctor union's cooperative: similarly we have our sex workers' organisations cooperative.  It is a public multi-purpose cooperative.  So sex workers collect money and save their money: and when needed, they take personal loan, gold loan, vehicle loan, housing loan: Now they focus mainly on giving health loan and education loan.  Because these two are very important for us.  This is what the community mostly needs.  Because they generally don't have money saved for [looking after their] health.  So for that they require loan.  Other than that they require loan for their children's admission [into schools], for education and even for their [children's] marriage.  So that is what we give importance to.  These are the things that we do. ((hi))Hindi language: ‍अभी जो COVID-19 चल रहा है उसके बारे में हम काम कर रहे हैं, जो information सबको फैला रहे हैं, कि hygene में रहना, COVID-19 से बच कर रहना हैं, पर अपने जीवन में कैसे अपने आप को, क्योंकि, बहुत सारे लोग, मानसिक — अंदर ही अंदर यह हो गए हैं — change हो गए हैं।  बहुत लोगों में बदलाव आ गया है।  तो यह सोच के हम लोग उनको यह समझाए: COVID के बारे में information दे रहे हैं।  और इसके साथ-साथ हम लोग cooperative चला रहे हैं।  जो अलग-अलग, जैसे कि, railway का cooperative होता है, KSRTC का cooperative होता है, doctor union का cooperative होता है: ऐसे ही हमारा sex worker organisation का एक cooperative चला रहे हैं: सार्वजनिक multi-purpose cooperative sector।  तो यहाँ पर sex worker: पूरे लोग अपना पैसा जमा करते हैं, saving करते हैं, और personal loan लेते हैं, gold loan लेते हैं, vehicle loan लेते हैं, housing loan लेते हैं, अब ज़्यादा focus health loan और education loan को देते हैं।  क्योंकि यह दो important है ज़रा हमारा।  Community को ज़्यादा need यही रहता है।  क्योंकि एक तो health के लिए वो अपना पैसा नहीं बचा के रहते, तो उसके लिए loan चाहिए।  दूसरा, अपने बच्चों के admission के लिए, पढ़ाई के लिए, या कुछ, शादी के लिए चाहिए, तो उसको हम importance देते हैं।  इतना काम हम कर रहे हैं।",
      '((WN))  Sir, you said you helped around 5000 people get an Aadhaar card and a ration card.  5000 people across India, or just in Mysore? ((hi))Hindi language: ‍Sir, आपने यह बताया कि लगभग ५००० लोगों को अपने आधार कार्ड and ration card दिलवाया।  ५००० लोग पूरे भारत में, कि सिर्फ़ मैसूर में?',
    ];
    const turns = all(texts);
    expect(turns.get(2)).toMatchObject({ labelBlock: 1, carried: true });
    expect(turns.has(3)).toBe(false);
  });
});

// Wikinews, "Wikinews interviews Chinese-American martial artist Alfred Hsing", 2011-08-16, CC BY 2.5 (development
// half): the page printed its labels bold, and the text kept them without a colon.
describe('bare labels whose colon the text lost', () => {
  const HSING = 'Wikinews interviews Chinese-American martial artist Alfred Hsing';
  const HSING_LEAD = 'Hungarian Wikinews contributor Teemeah has interviewed Alfred Hsing about his views on martial arts, life and Wikipedia.';
  const QUESTIONS = ['Teemeah Why did you start practicing wushu? Is it a way of retaining your origins?', 'Teemeah What does wushu mean to you personally?'];
  const ANSWERS = [
    'A. Hsing When I was young my father brought home a lot of Chinese martial arts movies so my brother and I grew up liking martial arts.',
    'A. Hsing Wushu comes second nature to me and through the repetition of practice it’s like a form of meditation for me.',
  ];
  const CARRIED =
    'I think at first I wanted to learn wushu because I enjoyed it, but as my training became more advanced and serious I realized that it led me back to my roots.';

  test('`A. Hsing` answers after `Teemeah` questions are Alfred Hsing’s, and so is the paragraph going on with one', () => {
    const article = analyze(HSING, HSING_LEAD, QUESTIONS[0] ?? '', ANSWERS[0] ?? '', CARRIED, QUESTIONS[1] ?? '', ANSWERS[1] ?? '');
    expect(attribution(article, 'When I was young my father')).toMatchObject({ kind: 'direct', speaker: 'Alfred Hsing', cue: 'A. Hsing' });
    expect(attribution(article, 'I think at first I wanted')).toMatchObject({ kind: 'direct', speaker: 'Alfred Hsing', resolution: 'continuation' });
    expect(attribution(article, 'Wushu comes second nature')).toMatchObject({ kind: 'direct', speaker: 'Alfred Hsing' });
    expect(quotesOf(article).some((q) => q.text.includes('Why did you start') || q.text.includes('What does wushu mean'))).toBe(false);
  });

  test('the label is the words that open paragraphs before different words: `A. Hsing`, not `A.`', () => {
    const turns = all([HSING, QUESTIONS[0] ?? '', ANSWERS[0] ?? '', QUESTIONS[1] ?? '', ANSWERS[1] ?? '']);
    expect([...turns.keys()]).toEqual([2, 4]);
    expect(turns.get(2)?.name).toEqual({ start: 0, end: 'A. Hsing'.length });
    expect(turns.get(2)?.words.start).toBe('A. Hsing '.length);
  });

  test('labels that never answer right after a question make no transcript', () => {
    expect(all([HSING, QUESTIONS[0] ?? '', HSING_LEAD, ANSWERS[0] ?? '', QUESTIONS[1] ?? '', CARRIED, ANSWERS[1] ?? '']).size).toBe(0);
  });
});

// wikinews-interviews-kristian-hanson-sledge-2014-10-23 (Wikinews, CC BY 2.5, development half).
test('the "External sites" heading and the links after an interview\'s last answer are not the answer going on', () => {
  const turns = all([
    "((WN)) What's in store for the sequel??",
    'KH: In the sequel the movie jumps off where the last one ended but two weeks later.',
    '((WN)) How many days did you spend editing?',
    'KH: Editing took a long time.',
    'External sites',
    'http://www.horrorsociety.com/2013/08/28/sledge-review/',
    'http://www.sledgemovie.com',
  ]);
  expect([...turns.keys()]).toEqual([1, 3]);
});

describe('a Q&A whose first labels gloss the initials the later ones use (gv-kenya-mark-kaigwa-interview-2012-05-11)', () => {
  const NBSP = '\u00a0';
  const article = analyze(
    'Kenya: Mark Kaigwa to Global Voices: "The East is Coming to Africa."',
    'Mark Kaigwa is a Kenyan blogger and new media consultant based in Nairobi.',
    "Global Voices caught up with Mark at the re:publica to better understand his hopes and dreams about Africa's digital future.",
    `Global Voices Online (GV):${NBSP} When and how did you get into blogging?`,
    `Mark Kaigwa (MK):${NBSP} I started blogging in 2007 – 2008, first with a personal blog. I wanted to express myself so that someone in the world would listen and hear.`,
    'Now I run three blogs : my personal blog mark.co.ke - where I give my personal views about creativity in African technology.',
    `GV:${NBSP} Do you have any links/connections with French-speaking African countries?`,
    'MK: I have personal business connections through the Internet, yes, but I have yet to travel to a francophone African country.',
    `GV:${NBSP} It has been said that Africa's real problems are transport and the banking systems. What is your opinion?`,
    `MK: ${NBSP}Those problems indeed exist but these are not the only ones.`,
    'The true size of Africa, an infographic presented by Mark at the conference (CC License. No Rights Reserved, public domain)',
  );

  test('"Mark Kaigwa (MK):" and "MK:" after a no-break space open the interviewee\'s answers', () => {
    expect(attribution(article, 'I started blogging')).toMatchObject({ kind: 'direct', speaker: 'Mark Kaigwa' });
    expect(attribution(article, 'I have personal business')).toMatchObject({ kind: 'direct', speaker: 'Mark Kaigwa' });
    expect(attribution(article, 'Those problems indeed')).toMatchObject({ kind: 'direct', speaker: 'Mark Kaigwa' });
  });

  test("a paragraph going on in the first person after an answer is the answer's; a caption is not", () => {
    expect(attribution(article, 'Now I run three blogs').speaker).toBe('Mark Kaigwa');
    expect(quotesOf(article).filter((q) => q.text.startsWith('The true size'))).toEqual([]);
    expect(quotesOf(article).filter((q) => q.text.includes('When and how'))).toEqual([]);
  });
});

// Global Voices (CC BY 3.0), development half: Lebanon, May 2012.
describe('a first answer label glossing initials whose name the name pass did not take (gv-lebanon-demotivational-humour-facebook-2012-05-02)', () => {
  const article = analyze(
    'Lebanon: Demotivational Humour on Facebook',
    'Over a very short period of time Facebook pages with general themes such as "Lebanese Memes", or more specific ones related to certain schools or universities, have become popular among Lebanese netizens. Global Voices has interviewed the creator of "Demotivational Lebanon: a demotivational page for demotivational country", who identified himself as  “Youssef R., a 29-year-old demotivated yet angry citizen of a pseudo-nation called Lebanon”.',
    'Global Voices (GV): How did you come up with the idea for the page?',
    'Youssef R (YR): Months before creating the page, I discovered a type of internet meme called demotivational posters and quickly became addicted to browsing and collecting this type of poster. Then I thought, why don’t I start creating my own? So I started creating demotivationals featuring Lebanese politicians, pop stars and even Miss Lebanon and posting them on my own Facebook wall. My friends liked them and congratulated me. Later on, I learned about a page called Lebanese Memes and decided to create my own page.',
    'I started creating new posters and posting them on the page, which quickly attracted a large number of fans who admired my efforts. Before long I stopped limiting myself to the Demotivational Poster format and started creating and posting all types of internet memes, such as the infamous Rage Comics. The page started with jokes about politicians, but then I decided to stop featuring politicians, and to tackle political, social and economic problems. It was an opportunity for me to express my anger over everything that is wrong in Lebanon using dark humor.',
    'I get my inspiration from daily life in Lebanon. There are countless topics to address because the country is in dire need of reform. It is a country that risks sliding into a sectarian war at any given second. So I’m trying to raise awareness or at least express my anger and frustration, which a lot of fellow citizens share.',
    'Planning to buy a house in Beirut? Please tell me which bank you will rob.',
    'GV: Do you take the photos and do the designs yourself?',
    'YR: I simply use Google to search for photos. I don’t have designer skills. I create the unsophisticated designs using one or a mix of the following tools: the simple design software Paint, a website called ragemaker.net for creating the Rage Comics you see everywhere on Facebook lately, and other online meme generators.',
    'GV: Do you interact with visitors to the page? Have any expressed dislike for your messages?',
    'YR: When the focus was on political figures, users used to engage in heated clashes, each defending his/her political idol, and sometimes cursing the page or its creator, but when I stopped featuring political figures and focused on issues that concern all Lebanese, fights among the users stopped and they started cursing the politicians and the political system itself, the real reason behind Lebanon’s problems. I sometimes take part in discussions. However, it is clearly mentioned in the page’s description that the page does not monitor, censor or take responsibility for user comments. Simply because I don’t have time to monitor the huge amounts of comments, given that I’m the only admin for the page.',
  );

  test('"Youssef R (YR):" opens the interviewee\'s first answer, whose speaker the later "YR:" labels name', () => {
    expect(attribution(article, 'Months before creating the page')).toMatchObject({ kind: 'direct', speaker: 'Youssef R.' });
    expect(attribution(article, 'I started creating new posters').speaker).toBe('Youssef R.');
    expect(attribution(article, 'I get my inspiration').speaker).toBe('Youssef R.');
    expect(attribution(article, 'I simply use Google').speaker).toBe('Youssef R.');
  });

  test('the interviewer\'s glossed label opens no answer; a poster that names its writer only as "me" goes on no answer (near misses)', () => {
    expect(quotesOf(article).filter((q) => q.text.includes('How did you come up'))).toEqual([]);
    expect(quotesOf(article).filter((q) => q.text.startsWith('Planning to buy a house'))).toEqual([]);
  });
});

// Global Voices (CC BY 3.0), Nigeria, May 2012 (gv-nigeria-battabox-online-videos-interview-2012-05-14, held out of both halves).
describe('an argument of several sentences between an answer and the next label', () => {
  const texts = [
    'Nigeria: BattaBox Bakes Stories Through Online Videos',
    'NE: In your opinion, what is the future of web based citizen media sites in Africa?',
    'CP: In many ways, the future is already here in Africa. Everyone with a mobile phone able to access and share on citizen media sites allowing them to bypass the traditional state broadcasters.',
    'However, security remains a serious issue for any citizen media sites in Africa. Their voices may be online, but people still live in the real world and any government or other intimidation of journalists (online or traditional) must be stopped.',
    'NE: What is your take about the power of videos for social change in Africa?',
    'CP: Video, I believe, is the most powerful communication medium.',
  ];

  test("goes on with the answer, though it says nothing in the first person ('However, security remains …')", () => {
    expect(all(texts).get(3)).toMatchObject({ labelBlock: 2, carried: true });
  });

  test("a one-line caption there, or the outlet's closing lines after the last answer, are no answer's (near misses)", () => {
    const caption = [
      ...texts.slice(0, 3),
      'Civil war is more comfy in pyjamas - the only lesson that the Lebanese learnt from the civil war.',
      ...texts.slice(4),
    ];
    expect(all(caption).has(3)).toBe(false);
    // gv-kenya-mark-kaigwa-interview-2012-05-11 (development half): the credit closing the article.
    const closing = [
      ...texts,
      'The interview was conducted by Global voices author Suzanne Lehn. The photos of Mark Kaigwa used in this post were taken by her.',
    ];
    expect(all(closing).has(6)).toBe(false);
  });
});

// Global Voices (CC BY 3.0), Trinidad & Tobago, May 2012 (gv-trinidad-tobago-wired868-online-news-interview-2012-05-04,
// held out of both halves): the page kept the HTML's no-break spaces, inside the name and after the labels' colons.
test('"LL:\\u00a0" answers are the interviewee\'s whose name the lead writes with no-break spaces', () => {
  const NBSP = '\u00a0';
  const article = analyze(
    'Trinidad & Tobago: Wired868, An Online Newspaper',
    `Lasana${NBSP}Liburd${NBSP}is a veteran journalist, currently based in Trinidad & Tobago, who has worked for the Trinidad Guardian and Trinidad Express newspapers.`,
    'Global Voices (GV): Tell us about Wired868?',
    'Lasana Liburd (LL): Wired868 is a smart and fully online newspaper that specializes, at the moment, in football news and features.',
    `GV: ${NBSP}What was the impetus for starting Wired868?`,
    `LL:${NBSP}We believe there is a blind spot in the local information industry and we are here to fill that void.`,
    `GV:${NBSP}What sort of business model have you adopted?`,
    `LL:${NBSP}Wired868 uses the free business model. That is, we give our content away to consumers and ask for nothing but their time and interaction with the site.`,
  );
  expect(attribution(article, 'We believe there is a blind spot')).toMatchObject({ kind: 'direct', speaker: 'Lasana Liburd' });
  expect(attribution(article, 'Wired868 uses the free business model')).toMatchObject({ kind: 'direct', speaker: 'Lasana Liburd' });
  expect(quotesOf(article).filter((q) => q.text.includes('What sort of business'))).toEqual([]);
});

describe('a Q&A with its questions as headings', () => {
  // usgov-nasa-ames-engineers-math-mentorship-motherhood-2024-02-22 (nasa.gov, public domain; the session 58 held-out
  // batch): questions set as headings with no label, each answer opening once with its speaker's name and a colon.
  const AMES = [
    'Math, Mentorship, Motherhood: Behind the Scenes with NASA Engineers',
    'We asked three engineers at NASA’s Ames Research Center in California’s Silicon Valley to share their experiences, from early challenges they faced in their careers to the day-to-day of being a working engineer.',
    'Give us a look behind the curtain – what is it like being an engineer at NASA?',
    'Diana Acosta: I remember working on my first simulations. We were developing new aircraft with higher efficiency that could operate in new places, such as shorter runways.',
    'We had a simulator that worked on my laptop, and we had a lab with a pilot seat and controls.',
    'Diana Acosta is Chief of the Aerospace Simulation and Development Branch at NASA’s Ames Research Center. She has worked at NASA for 17 years.',
    'What’s a challenge you’ve overcome to become an engineer?',
    'Savvy Verma (standing) reviews simulation activity with Gus Guerra in the Terminal Tactical Separation Assured Flight Environment at NASA’s Ames Research Center in California’s Silicon Valley. NASA/Dominic Hart',
    'Savvy Verma: One of the biggest challenges when I started working was that I was sometimes the only woman in a group of men, and I was also much younger.',
    'I have a lot more women coworkers now, things have changed a lot. In my group there are four women and three men.',
    'Savvy Verma is an aerospace engineer at NASA’s Ames Research Center. She has worked at NASA for 22 years.',
  ] as const;

  test('a Q&A whose questions are headings: each answer and the first-person paragraphs after it are its labelled speaker’s', () => {
    const [headline, ...paragraphs] = AMES;
    const article = analyze(headline, ...paragraphs);
    expect(
      attribution(
        article,
        'I remember working on my first simulations. We were developing new aircraft with higher efficiency that could operate in new places, such as shorter runways.',
      ),
    ).toMatchObject({ speaker: 'Diana Acosta', cue: 'Diana Acosta' });
    expect(attribution(article, 'We had a simulator that worked on my laptop, and we had a lab with a pilot seat and controls.')).toMatchObject({
      speaker: 'Diana Acosta',
    });
    expect(
      attribution(article, 'I have a lot more women coworkers now, things have changed a lot. In my group there are four women and three men.'),
    ).toMatchObject({ speaker: 'Savvy Verma' });
    // The outlet's lines about each engineer, in the third person, and its questions are no one's quotes.
    expect(
      quotesOf(article)
        .map((q) => q.text)
        .filter((t) => /is an aerospace engineer|is Chief of|curtain/.test(t)),
    ).toEqual([]);
  });

  test('one heading question over one labelled answer is no transcript: what follows the answer is not carried', () => {
    const [headline, intro, asked, answer, more] = AMES;
    const article = analyze(headline, intro, asked, answer, more);
    expect(quotesOf(article).some((q) => q.text.startsWith('We had a simulator'))).toBe(false);
  });
});
