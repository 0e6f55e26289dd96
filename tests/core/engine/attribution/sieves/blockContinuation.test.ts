import { expect, test } from 'vitest';
import { carriesOn, translates } from '../../../../../src/core/engine/attribution/sieves/blockContinuation';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/blockContinuation.ts: which paragraphs after a block quotation go on with it. The quotations from Global Voices
// (development half).

test("a blogger's one-word outburst between two paragraphs of her post is the post's, and so is the paragraph after it", () => {
  const article = analyze(
    'Caribbean: Supporting Our Mothers',
    'Photoblogger chookooloonks meanwhile, confessed that:',
    "I always feel just a tiny bit strange accepting gifts on Mother's Day...I don't 'mother' so that I can get gifts once a year for my efforts. I mother for a lot of selfish reasons: because I wanted to be a mom.",
    'AAAAUUUUGGH.\u200b',
    "So this year, here's an idea: in addition to the moms in our families, let's take a moment out of our day to send a message to peers -- moms who are neither our mothers nor our partners -- and just say, 'good job.'",
  );
  const speakers = (start: string) => quotesOf(article).find((q) => q.text.startsWith(start))?.speakerId;
  expect(speakers('AAAAUUUUGGH.')).toBeDefined();
  expect(speakers('AAAAUUUUGGH.')).toBe(speakers('I always feel'));
  expect(speakers('So this year')).toBe(speakers('I always feel'));
});

test("a blogger's paragraphs up to the writer's 'He continues:' are his post's, though the writer's voice seems to return", () => {
  const article = analyze(
    'Lesotho: 2012 General Election Date Set',
    'Blogging from Lesotho, Michael Jordan reports:',
    'Political violence in the enclave encircled by South Africa has flared up ahead of May 26 elections – an ominous sign in what one analyst calls the latest “stress test” for democracy in sub-Saharan Africa. Cracks have emerged here with high-profile assassinations, rumors of a “hit squad,” and clashes at campaign rallies.',
    'So the United Nations invited Archbishop Tutu to bolster democracy in the land, where, before launching his crusade against Apartheid next door, he served his first bishopric from 1976-78. On Friday, his “prayer meeting” extracted a pledge among political rivals to keep the peace and respect election results.',
    'Citing the past political violence of South Africa, Tutu urged an audience that included the prime minister of Lesotho, “Please, please, please, please do not let the same happen to this stunningly beautiful land. Nothing can be so precious that it can be bought with innocent lives.”',
    "Voters during Lesotho elections in 2007. Photo courtesy of GNDEM's Flickr page.",
    'He continues:',
    'Lesotho’s election is more than a contested vote in a remote country rarely heard from. It comes on the heels of successful elections across the continent: Ghana, Guinea, Liberia, Niger, Nigeria, and Zambia have recently all experienced peaceful elections. There have been a few notable blemishes: a couple of coups des états in Mali and Guinea-Bissau, and a contested election in Cote D’Ivoire in late 2010 that briefly turned into a civil war.',
  );
  expect(attribution(article, 'So the United Nations invited')).toMatchObject({ kind: 'direct', speaker: 'Michael Jordan' });
  // His post quotes Tutu, who keeps his own words inside it; "He continues:", after the photo caption, is Jordan again.
  expect(attribution(article, 'Citing the past political violence')).toMatchObject({ kind: 'direct', speaker: 'Michael Jordan' });
  expect(attribution(article, 'Please, please, please').speaker).toBe('Tutu');
  expect(attribution(article, 'Lesotho’s election is more than')).toMatchObject({ kind: 'direct', speaker: 'Michael Jordan' });
});

test('the heading is not given to the colon cue before it', () => {
  const article = analyze(
    'Cluster Munitions No More',
    'Even the State Department agrees. As of today, a State Department webpage explains:',
    'Specifics of the Cluster Munition',
    'The U.S. Army developed a new warhead for its Guided Multiple Launch Rocket System that will service large, soft-skinned, area targets.',
  );
  expect(quotesOf(article).map((q) => q.text)).not.toContain('Specifics of the Cluster Munition');
});

test("a blog's later paragraphs in the third person stay quoted up to the writer's next colon cue", () => {
  const article = analyze(
    'Caribbean: Supporting Our Mothers',
    "So why aren't Cubans having more babies? This post offered some insight. Pedazos de la Isla uploaded a video tribute to Cuban women, explaining:",
    'On Mother’s Day 2012, a number of Cuban mothers- most of them members of the Ladies in White- have been arrested and beaten by the Cuban political police, and yet they continue carrying out their activities.',
    'These face harassment, acts of repudiation, beatings, and arrests for demanding the rights of an entire nation. Regardless, they still find time to protect and educate their children and families. They are examples of courage and inspiration.',
    'Notes from the Cuban Exile Quarter reported on a march in honour of the memory of Laura Pollan:',
    'Despite threats, harassment, and scores of women detained by State Security 68 Ladies in White following mass walked through Fifth Avenue in the west of Havana.',
  );
  expect(quotesOf(article).map((q) => q.text)).toContain(
    'These face harassment, acts of repudiation, beatings, and arrests for demanding the rights of an entire nation. Regardless, they still find time to protect and educate their children and families. They are examples of courage and inspiration.',
  );
});

test('a paragraph before an elision is the quotation it was left out of', () => {
  const article = analyze(
    'Singapore: Importance of the Hougang By-Election',
    "A publichouse.sg editorial predicts that the Worker's Party will be able to hold on to Hougang, as it has done for over 20 years:",
    'The PAP thus faces a daunting task of trying to reverse at least 15% of the vote in Hougang in order to wrestle it back from the WP.',
    'The PAP’s battle encompasses a wider national sentiment of unhappiness with these bread and butter issues. One would think that it is no different in Hougang.',
    '...',
    'It would thus seem that the WP will have a relatively comfortable victory in Hougang, its integrity intact.',
    "Some Singaporeans are distrustful of the state-owned mainstream media's coverage of the by-election:",
  );
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts).toContain(
    'The PAP’s battle encompasses a wider national sentiment of unhappiness with these bread and butter issues. One would think that it is no different in Hougang.',
  );
  expect(texts).toContain('It would thus seem that the WP will have a relatively comfortable victory in Hougang, its integrity intact.');
});

test("the writer's own paragraph after a quotation in the first person is not the quotation's", () => {
  const article = analyze(
    'Bangladesh: Movie Theaters Are Dying',
    'Once the thought of going to movie theaters was an exciting thing. Many had keen interest. Russel Ashraf tells one such story:',
    'Me and my uncle went to see the movie. We thought that there would be no rush and went a few minutes before the start.',
    'To save the film industry and bring more viewers in movie theaters, the government decided to remove the ban on Indian cinema. This move attracted criticism.',
    'Nazrul Islam says in a post in Amrabondhu blog:',
    'Not from the hatred of Hindi language films, the government has to back down from such wretched decision to save a dying industry.',
  );
  expect(
    quotesOf(article)
      .map((q) => q.text)
      .some((t) => t.startsWith('To save the film industry')),
  ).toBe(false);
});

test('a writer moving on to another voice ("is also concerned") ends the quotation', () => {
  const article = analyze(
    'Armenia: Fears After Nationalist Firebombers Released on Bail',
    'The blog also notes that a second attack occurred on 15 May and quotes one of its Facebook contacts.',
    'Hate crime, no public condemnation by authorities, more encouragement by an MP and now repetition of hate crime, do you see the cycle?',
    'Nazi swastika graffiti over D.I.Y. anarchy symbol, from gayarmenia.blogspot.com',
    'Le Retour in 3 Parts is also concerned.',
    'For the first time since moving to Armenia, I am afraid. Queer women are in the spotlight.',
    '[...]',
    'Ianyan updates its readers, examining motives:',
  );
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts).not.toContain('Le Retour in 3 Parts is also concerned.');
  expect(texts).not.toContain('Nazi swastika graffiti over D.I.Y. anarchy symbol, from gayarmenia.blogspot.com');
});

test('a paragraph saying only that something exists ("There have also been …") goes on with the post around it', () => {
  const article = analyze(
    'Kenya: #PayInterns Twitter Debate',
    'Nairobi Wire noted that companies in Kenya paying interns are the minority:',
    'The companies that pay there interns are the minority and they pay peanuts. Reading through some of the tweets, KCB, EABL, CIC, KPLC, KBC, Standard Group, NMG, RMS among many others have been listed as the most exploitative.',
    'There have also been complains of interns been sexually exploited.',
    "This is one of the most lively discussion I've seen on twitter in a long time. Most of the time, people are always rumbling about Kenya Power.",
  );
  const speaker = (start: string) => quotesOf(article).find((q) => q.text.startsWith(start))?.speakerId;
  expect(speaker('The companies that pay')).toBeDefined();
  expect(speaker('There have also been')).toBe(speaker('The companies that pay'));
  expect(speaker('This is one of')).toBe(speaker('The companies that pay'));
});

test("a blogger's excerpt cut by a '[...]' line runs on to the article's end after the list it introduced", () => {
  const article = analyze(
    'Ukraine: "If Prison Acquires a Voice, Everything Will Change"',
    'Blogger and activist Aleksandr Volodarskiy [ru] (aka shiitman) spent a month and a half at Lukyanivska prison in 2009. He was detained for "hooliganism" [en] after imitating a sexual intercourse outside the Ukrainian Parliament on Nov. 2, 2009, as part of a protest against censorship by the Ukrainian National Expert Commission for Protection of Public Morality [ru] (www.moral.gov.ua [uk]). In early April, he wrote two blog posts about Usov\'s documentary, explaining how the Ukrainian prison system works and why the film might do more harm than good to those kept in detention - and suggesting ways to improve the situation. Below are excerpts from these posts.',
    'April 5, 2012 [ru]:',
    '[...] The prison is indeed like this, only worse.',
    'April 7, 2012 [ru]:',
    '[...] Many influential [inmates] don\'t really need things to be "in accordance with the law." [...] They need personal comfort. [Drugs and alcohol]. Things that no one will ever legalize in prison.',
    "Usov's mistake is that he decided to entertain the ordinary [viewers] with exotica. [...] He has dealt a tremendous blow to the prison corruption infrastructure, which is not only feeding the cops, but is helping people to survive here and now. [...] It's not right to sacrifice the people, not right to throw noncombatants into the line of fire.",
    '[...]',
    "The only way to make sure these people haven't suffered in vain is to raise two important questions:",
    "1. Lifting the limitations on meetings, packages and correspondence for the inmates. These limitations don't contribute to finding the truth, they should be seen as a type of torture.",
    '2. Legalization of phone connection (technically, it can be easily done by providing each cell with a couple of cell phones [...])',
    'This is something that has to be discussed at all levels now. Not the "corruption" and not even the "fungus."',
    "Having a legal connection with the outside world, the inmates will get a chance to talk about what's going on in prison.",
    'If prison acquires a voice, everything will change.',
  );
  expect(attribution(article, 'This is something that has to be discussed')).toMatchObject({ kind: 'direct', speaker: 'Aleksandr Volodarskiy' });
  expect(attribution(article, 'If prison acquires a voice')).toMatchObject({ kind: 'direct', speaker: 'Aleksandr Volodarskiy' });
});

// gv-zambia-bloggers-network-2012-05-10 (Global Voices, May 2012): a post quoted over three paragraphs, the second in the
// first person, the third not, up to the writer's next colon cue.
const ZAMBIA = 'Zambia: Bloggers Form Zambian Bloggers Network';

test("a post's third-person paragraph after two of its paragraphs, the second in the first person, is still the post's", () => {
  const article = analyze(
    ZAMBIA,
    'Zambia bloggers have formed a network called the Zambian Bloggers Network with the help of HIVOS. Announcing the formation of the network on The Zambian website, Brenda Zulu wrote:',
    'Zambian Bloggers with the help of HIVOS are setting up a BLOG Ring for the Zambian Blogosphere to help in the generation of local content. We hope to work virtually and also meet in person during the monthly meetings to network on many issues.',
    'Zambian Bloggers hope to redress some of the inequities in the traditional media by leveraging the power of citizens’ media. We believe in freedom of expression and hope to focus our attention on the most interesting issues around Zambia.',
    'It is hoped that with the BLOG RING, Zambian Bloggers Network can grow to be consistent in it’s news coverage and regular in blogging and also become visible to Zambians and the world over. It is hoped that bloggers may receive appropriate training in all forms of blogging and web 2.0 applications.',
    "The network's description on its website reads:",
    'This is a community of Zambian Bloggers who are to bring reports from blogs and citizen media, with emphasis on voices that are not ordinarily heard in mainstream media.',
    'We hope this space will enlarge spaces of expression for bloggers to critically reflect on the Zambian society.',
    'The platform hopes to provide bloggers with capacity building in WEB 2.0 applications and introduction to new media.',
    'Florence Gichoya was one of the participants at the network´s first meeting in Lusaka. She wrote:',
    'Most of the bloggers are journalists interested in new media, they blog about health, politics, gender, environment etc.',
  );
  expect(attribution(article, 'It is hoped that with the BLOG RING')).toMatchObject({ kind: 'direct', speaker: 'Brenda Zulu' });
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts).toContain('The platform hopes to provide bloggers with capacity building in WEB 2.0 applications and introduction to new media.');
});

// Fresh Global Voices text, May 2012, post 314830 ('South Korea: Politician's 'Emperor's Dish' Comment Angers Struggling
// Citizens', CC BY 3.0; lane break33): a blogger's post printed in Korean over two paragraphs, then in English over two,
// the second in the first person; the writer's own third-person paragraphs follow.
test("the writer's third-person paragraphs after a post printed in its original language and then in English are not the post's", () => {
  const article = analyze(
    "South Korea: Politician's 'Emperor's Dish' Comment Angers Struggling Citizens",
    'One blogger, Patriatman, even suggested to Cha [ko] that he get a "mental check-up", emphasising that his exceptional, once-off experience was other people’s unbearable, miserable reality:',
    '딱 하루 미트볼 참치 캔 이런 것 먹어보니 맛있었겠을지 모르겠지만 어쩔 수 없이 그런 것 만을 먹으면서 한 달, 또 한달, 일년을 살아가는 사람들에게는 정말 고역이 아닐 수 없다.',
    '또 그 분들 중에는 건강이 좋지 못한 분들이 많을 수 밖에 없는데, 그러한 분들에게 건강을 해치는 식품인 인스턴트 음식이 과연 황제의 식사에 견줄만한 음식일까? 나도 편의점에서 알바를 할 때 며칠 동안은 삼각김밥에 컵라면이 그렇게 맛있을 수 없었다. 하지만 조금 더 시간이 지나다보니 쳐다만 봐도 손 사레가 처질 정도로 먹기 싫었다. 최저 생계비로 사는 사람들은 유기농아 안먹고 싶을까? 한우가 안 먹고 싶을까?',
    'He may have found the ready-made meatballs and canned tuna delicious because he ate those for just one day. But for people who have had to eat those things for a month, many months or a year, it is hellish. And among those poor people, there are people who have poor health. Can he still call each of these meals an "emperor’s dish" in front of those people who have to keep eating ready-made foods that ruin their health?',
    'When I was working part-time in a convenience store, for the first few days I found triangle gimbap and a cup of ramen [noodles] really delicious. But as that continued for several more days, I came to hate them. It is not like those earning minimum wage choose not to eat organic foods or [good quality] Korean beef.',
    'Several hours later, Cha apologised [ko] for his comment. This, however, did not quell public anger.',
    'The current minimum wage in South Korea is KRW 500 thousand (USD 421) per month for one person, KRW 860 thousand (USD 726) for a two-person household and KRW 1.1 million (USD 937) for a family of three.',
    "Blogger Hormesis [ko] pointed out that South Korean society is becoming deeply polarised economically; some people can barely pay their basic expenses, while others are truly living 'emperors' lives'. She asked Cha some difficult questions:",
  );
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts.some((t) => t.startsWith('When I was working part-time'))).toBe(true);
  expect(texts.some((t) => t.startsWith('Several hours later, Cha apologised'))).toBe(false);
  expect(texts.some((t) => t.startsWith('The current minimum wage in South Korea'))).toBe(false);
});

test('the English of a Chinese block quotation is quoted too, its quote marks printed where the original had corner brackets, or fewer of them', () => {
  // gv-hong-kong-say-no-to-cctvb-2009-06-08: 「…」 in the blogger's Chinese, “…” in the English after it, four marks for eight.
  const article = analyze(
    'Hong Kong: Say No to CCTVB',
    'Erynnyes from those were the days commented on TVB news June 4th report:',
    '昨天最多人討論的新聞，恐怕不是六四燭光集會有多少人参加，不是梁洛施為李澤楷產子相爆光，就是CCTVB在六四燭光集會新聞直播中，被在場市民舉起抗議牌，批評「無綫新聞、事事旦旦」！A對童工說，據聞CCTVB領導人袁花志偉，對事件怒不可遏云云，但正如A說，天作孽，猶可恕，自作孽，不可活，袁花志偉當日如何處理趙紫陽回憶錄新聞、以至CCTVB在六四當日，如何把六四新聞，放在當日6:30新聞第三段，市民、觀眾，可是看在眼裡，CCTVB所作所為，有沒有人為他們辯護？',
    "Yesterday the most discussed topic was probably not how many people had attended the June 4 candle night vigil, not Richard Lee's private life, but the protest banner of “TVB news, a sloppy production” shown during the CCTVB's live broadcast. My friend A told me that the CCTVB news department leader Yuen Chi Wai was very angry about the incident. But as my friend A said, we could not complain about the heavenly disaster but this is a man-made choice. It is so obvious even to ordinary people that Yuen Chi Wai had downplayed the release of Zhao Ziyang memoirs. On June 4, CCTVB even placed the news to the third news session. How can anyone defend for what it had done?",
    'He pointed out that the arrangement was not a careless mistake but a well thought arrangement that completely against professional journalistic judgment:',
    '六四當日CCTVB六點半新頭條是「天水圍三男生疑濫藥於公園暈倒」，這個，童工還可以認為說得過去，二條可是「立法會通過盡快興建西港島線」！那只是立法會內交通事務委員會之下的鐵路事宜小組委員會會議決定！首先，當日CCTVB報道這段新聞，稱這個委員會做「鐵路事宜委員會」，已有誤導之嫌，立法會內眾多事務委員會，何來一個「鐵路事宜委員會」？那只是交通事務委員會內，一個小組委員會吧了！重要性有多大？童工可以說，CCTVB平日，連正式事務委員會會議也不會報道，為何六四當日，會把一個事務委員會轄下小組委員會決議，放在六四15萬人燭光集會之前？',
    "On June 4, the headline of CCTVB in 6:30pm is “three boy fainted in a Tinshiuwai park due to drug abuse”. Well, this can still be considered a piece of news. However, the second item is “Legco has passed the motion to construct Hong Kong island western subway line”. That motion was only passed by a discussion group on railway affair of the transportation committee of the Legislative Council. It isn't any railway affair committee in the Legco, the report is misleading in the first place. The so-called committee is just a discussion group within the transportation affair committee. What is the significance of such news? Usually CCTVB won't even report on standard committee's meeting, why then decided to put the discussion group's decision before the June 4 candle night vigil where 150,000 people had attended?",
  );
  const chinese = attribution(article, '昨天最多人討論的新聞');
  expect(attribution(article, 'Yesterday the most discussed topic')).toMatchObject({ kind: 'direct', cue: chinese.cue });
  const later = attribution(article, '六四當日CCTVB六點半新頭條');
  expect(attribution(article, 'On June 4, the headline of CCTVB')).toMatchObject({ kind: 'direct', cue: later.cue });
});

test('Global Voices\' note on its own post is never a quoted blogger\'s, though it says "our"', () => {
  // Fresh posts of May 2012 ("Germany: Blockupy …", "Egypt: Eye-witness account of Abbassiya clashes") end on it.
  expect(carriesOn('This post is part of our special coverage Europe in Crisis.')).toBe(false);
  expect(carriesOn('This post is part of our special coverage Egypt Elections 2011/12.')).toBe(false);
  expect(carriesOn('Our post is part of a series we began in our first week.')).toBe(true);
});

// Global Voices (CC BY 3.0), development half: Bangladesh, May 2012.
test('a line numbered in Bengali digits goes on with a numbered programme as one numbered in Latin digits does', () => {
  expect(carriesOn('৩.  ২৬ জুন প্রধানমন্ত্রীর কার্যালয় অভিমুখে পদযাত্রা।')).toBe(true);
  expect(carriesOn("3. 26th June - Protest march towards the Prime Minister's Office.")).toBe(true);
  const article = analyze(
    'Bangladesh: Bloggers March For Murdered Journalist Couple',
    "At the end of the day's event, the next steps and upcoming protest programmes were announced. Among the future protests being planned by journalists and bloggers are the following:",
    '১. ২০ মে থেকে ১৫ জুন পর্যন্ত সবগুলো মিডিয়া হাউসে সভা-সমাবেশ।',
    '২. ৫ জুন জাতীয় সংসদে গিয়ে স্পিকারের কাছে সাগর-রুনি হত্যাকারীদের গ্রেফতার ও বিচার দাবিতে স্মারকলিপি প্রদান।',
    '৩.  ২৬ জুন প্রধানমন্ত্রীর কার্যালয় অভিমুখে পদযাত্রা।',
  );
  const texts = quotesOf(article).map((q) => q.text);
  expect(texts.some((t) => t.startsWith('১.'))).toBe(true);
  expect(texts.some((t) => t.startsWith('৩.'))).toBe(true);
});

// gv-ethiopia-muslims-campaign-online-2012-05-12 (development half).
test('a lettered list item after the first ("b) …", "c) …") carries on the list the quotation opened', () => {
  expect(carriesOn("b) The government is making such fake gesture in order to prevent this Friday's protest, which is slated to be a big one.")).toBe(true);
  expect(carriesOn('(c) The government is actually removing the Mejlis leaders with the hope of calming the protests.')).toBe(true);
  expect(carriesOn('a) The writer may open a list of her own with its first letter.')).toBe(false);
  const article = analyze(
    'Ethiopia: Muslims Campaign Online',
    'Rumours were circulating on Facebook that the government has conceded to one of their demands. Jawar Mohammed, a respected political commentator, wrote:',
    'Rumor has it that Meles has conceded to one of the demands put forward by Muslim activists. Two scenarios sound plausible: a) The government has not conceded but is spreading the rumor to create a debate and confusion among the activists.',
    "b) The government is making such fake gesture in order to prevent this Friday's protest, which is slated to be big.",
  );
  expect(attribution(article, 'b) The government')).toMatchObject({ kind: 'direct', speaker: 'Jawar Mohammed' });
});

// gv-cape-verde-creative-writing-competition-2012-05-18 (development half).
test('the "I" of a quoted title\'s English gloss is no one speaking: the writer\'s paragraph does not carry a poem on', () => {
  expect(
    carriesOn(
      "The possible extinction of Cape Verdean Creole was alluded to in the pieces by Nani Delgado, 'Não Vou Ficar' (I Will Not Stay), and by Ary Rodrigues, 'Um Povo Sempre Escravo' (A Nation Forever A Slave).",
    ),
  ).toBe(false);
  expect(carriesOn('I will not stay, she wrote to her family, since the islands have no work left for me.')).toBe(true);
});

// Global Voices (CC BY 3.0), development half: Palestine and Turkey, May 2012.
test('the English of a post in another language is its translation though the translator sets off in marks what the original ran in', () => {
  // gv-turkey-uludere-airstrike-poetic-commemoration-2012-05-21: single marks in the Turkish, double in the English.
  expect(
    translates(
      'Someone said, "These sounds have the same effect on children as an abusive family." He meant the sound of heavy artillery.',
      "@bejanmatur: 'Aile ici siddet nasil korkuncsa bizim cocuklarimiz da bu seslerle buyuyor' diyor biri roboskideki top seslerini kastederek.",
    ),
  ).toBe(true);
  // gv-palestine-palfest-gaza-first-time-2012-05-18: a chant the Arabic gives without marks.
  const article = analyze(
    'Palestine: PalFest Literature Festival in Gaza for First Time',
    'Throughout PalFest there was a strong sense of solidarity between the Palestinians and Egyptians. Palestinian Tamer Hamam commented:',
    '@tamer_ps: نفس الأشخاص .. نفس الحناجر .. نفس الأصوات .. نفس القوة .. نفس الإيمان .. هتفت غزة مبارح .. يسقط حكم العسكر .. يسقط الإحتلال',
    'The same people, the same throats, the same voices, the same power, the same conviction. Gaza chanted yesterday, "Down with military rule, down with the occupation"',
  );
  const arabic = attribution(article, 'نفس الأشخاص');
  expect(attribution(article, 'The same people, the same throats')).toMatchObject({ kind: 'direct', speaker: arabic.speaker, cue: arabic.cue });
});

// gv-ukraine-tymoshenko-euro-2012-boycott-2012-05-17 (Global Voices, development half): two plain paragraphs of LEvko's
// post stand between two of its excerpts that open on a bracketed ellipsis, which only the quoted words carry.
const LEVKO = [
  'LEvko of Foreign Notes explained "why Ukraine\'s Euro 2012 [would] not be as big a success as hoped":',
  '[...] In previous tournaments, in my experience, many fans have made an extended holiday of their visits to countries hosting such events; days between matches being spent on the beach, sightseeing, etc. etc. In countries such as Austria/Switzerland or Portugal, where tourism is highly developed, this was an attractive proposition..but, no disrespect intended...Kharkiv? Dontesk?',
  "Europe is currently in the deepest economic crisis since WW2. There is little cash around..not enough to pay the Ukraine's rip-off hotel prices.",
  "Then there's the Olympic games in London later in the year - an attractive draw for sports fans.",
];

test('plain paragraphs before a later excerpt opening on "[...]" go on with the quotation', () => {
  const article = analyze(
    'Ukraine: Boycotting Euro 2012 over Tymoshenko?',
    ...LEVKO,
    "[...] But the tsunami of bad press in Europe's mass media over the Tymoshenko affair will be the final turn-off. Fans will rather stay at home, or, at best, fly in and out for matches, just like they do for European club matches.. [...]",
  );
  const first = attribution(article, '[...] In previous tournaments');
  expect(first.speaker).toBe('LEvko');
  expect(attribution(article, 'Europe is currently in the deepest')).toMatchObject({ kind: 'direct', speaker: first.speaker });
  expect(attribution(article, "Then there's the Olympic games")).toMatchObject({ kind: 'direct', speaker: first.speaker });
});

test('without the later excerpt, or past a short line of the writer, the plain paragraphs stay the writer’s', () => {
  const article = analyze(
    'Ukraine: Boycotting Euro 2012 over Tymoshenko?',
    ...LEVKO,
    'Olga Mrinska of Regional Accents reflected [uk] on the Euro 2012 boycott scandal in the context of the general social and political situation in Ukraine:',
  );
  expect(quotesOf(article).some((q) => q.text.startsWith('Europe is currently'))).toBe(false);
  // gv-armenia-mashtots-park-kiosks-removed-2012-05-02: the writer's prose, then a short line naming the next source.
  const armenia = analyze(
    'Armenia: Mashtots Park Kiosks Removed',
    'Blogger Anahit Markosian wrote:',
    "I think the latest events at Mashtots park call for mayor Margarian's resignation. Not only has he shown his unwillingness and inability to solve the problem, but he also created a situation where the citizens and police are constantly being pitched against each other.",
    'Although the kiosks were ordered to be dismantled for all the reasons activists were not voicing, the longevity of the movement has been seen as a sort of awakening of Armenian civil society which has otherwise remained rather apathetic since the collapse of the Soviet Union some 20 years ago.',
    'The Armenian Observer blog comments.',
    '[...] the activists forced the country’s top official to carry out their demand and this is a remarkable achievement of civil activism in Armenia.',
  );
  expect(quotesOf(armenia).some((q) => q.text.startsWith('Although the kiosks'))).toBe(false);
});
