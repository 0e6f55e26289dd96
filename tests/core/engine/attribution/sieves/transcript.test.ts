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
  test('colon labels no person of the article goes by (initials) attribute nothing', () => {
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
    expect(quotesOf(article).filter((q) => q.kind === 'direct' && q.speakerId !== null)).toEqual([]);
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

// Wikinews, "Mysore railway manager … Women's Day interview", 2020-03-08, CC BY 2.5 (development half): the answers are
// labelled `((Aparna Garg))`, and once `((AN))`.
describe('a label of initials', () => {
  const MYSORE = "On International Women's Day, Wikinews interviews Mysore railway manager Aparna Garg";
  const MYSORE_LEAD = 'Aparna Garg, the Divisional Railway Manager of the Mysore Division, spoke to Wikinews about women on the railways.';

  test('is the one interviewee the other answer labels name, when it opens with her initial', () => {
    const article = analyze(
      MYSORE,
      MYSORE_LEAD,
      '((WN)) How many women work in the Mysore Division?',
      '((Aparna Garg)) Mysore Division, we have ten percent only women employees.',
      '((WN)) What are the steps Indian Railways is taking for improving this number?',
      '((AN)) There is not [gender-based] reservation per-se, [from] what I know, but Indian [Railways] has been very open about it.',
    );
    expect(attribution(article, 'There is not [gender-based]')).toMatchObject({ speaker: 'Aparna Garg', cue: '((AN))' });
  });

  test('stays unattributed when its first letter is not the interviewee’s initial', () => {
    const other = analyze(
      MYSORE,
      MYSORE_LEAD,
      '((Aparna Garg)) Mysore Division, we have ten percent only women employees.',
      '((WN)) What are the steps Indian Railways is taking?',
      '((JS)) There is not reservation per-se, what I know.',
    );
    expect(attribution(other, 'There is not reservation')).toMatchObject({ speaker: null, cue: '((JS))' });
  });
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
