import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/colonBlock.ts: a paragraph ending in a colon cue sets off a block quotation (`colonCue`), and a
// paragraph in the first person or opening with an ellipsis carries it on (`carriesOn`).

const UKRAINE = 'Ukraine: "If Prison Acquires a Voice, Everything Will Change"';
const TVI =
  "On April 2, the Ukrainian TV channel TVi aired Kostiantyn Usov's documentary [uk, ru] about Kyiv's Lukyanivska prison, highlighting the shocking treatment and living conditions of the inmates and drawing attention to the widespread corruption of the facility's staff (GV text about it is here).";
const SINGAPORE = 'Singapore: Netizens Reject Proposed Code of Conduct';
const MALAWI = "Malawi: Bloggers' Reactions to New President Joyce Banda";

describe('colon block', () => {
  test("the paragraph after '…, user Juriy Prohorov wrote [ru]:' is Prohorov's", () => {
    const article = analyze(
      UKRAINE,
      TVI,
      'Much of the footage in Usov\'s film comes from those Lukyanivska inmates who had agreed to take risks and help document their lives, using mobile phones smuggled inside the prison via bribe-taking prison employees, an illegal yet routine practice at this and other facilities. In the Vecherniye Vesti interview, Usov claimed that the "shadow" profits of Lukyanivska\'s staff involved in illegal transactions with the inmates and their contacts outside amounted to 1.5 million hryvnias a week. On Facebook, where Usov shared the link to the interview, user Juriy Prohorov wrote [ru]:',
      "Every lawyer and anyone who's ever had to deal in some way with the Ukrainian legal system knows everything that [Usov] has told about in his film, and everyone from inmates to prison guards are fine with it... But [Usov] deserves credit for saying it all openly... [...]",
    );
    expect(attribution(article, 'Every lawyer and anyone who')).toMatchObject({
      kind: 'direct',
      speaker: 'Juriy Prohorov',
      resolution: 'name',
      cue: 'user Juriy Prohorov wrote',
    });
  });

  test("the paragraph after 'Usov noted [uk] on Facebook that \"…:' is Usov's", () => {
    const article = analyze(
      UKRAINE,
      TVI,
      'Much of the footage in Usov\'s film comes from those Lukyanivska inmates who had agreed to take risks and help document their lives, using mobile phones smuggled inside the prison via bribe-taking prison employees, an illegal yet routine practice at this and other facilities. In the Vecherniye Vesti interview, Usov claimed that the "shadow" profits of Lukyanivska\'s staff involved in illegal transactions with the inmates and their contacts outside amounted to 1.5 million hryvnias a week. On Facebook, where Usov shared the link to the interview, user Juriy Prohorov wrote [ru]:',
      "Every lawyer and anyone who's ever had to deal in some way with the Ukrainian legal system knows everything that [Usov] has told about in his film, and everyone from inmates to prison guards are fine with it... But [Usov] deserves credit for saying it all openly... [...]",
      "On April 21, Usov noted [uk] on Facebook that \"for the first time in 20 years, Ukrainian prison officials have started addressing inmates [using the formal, respectful form of the 'you' pronoun]:",
      '[...] Yes, it may seem like no big deal to some. But in fact this is the breakthrough moment.',
    );
    const quote = attribution(article, '[...] Yes, it may seem like no big deal');
    expect(quote).toMatchObject({ kind: 'direct', resolution: 'name', cue: 'Usov noted' });
    expect(quote.speaker).toMatch(/Usov$/);
  });

  test('a first-person paragraph after a block quotation carries it on, with the same cue', () => {
    const article = analyze(
      SINGAPORE,
      'Siew Kum Hong writes that those who want to make their views heard online should also be ready and willing to stand up against any potential onslaught, just like those who have spoken out against the establishment in the past:',
      'Yes, I fundamentally believe that it is better to have more voices speaking up than less. But people have to be willing to stand up for their views — and I have to question the commitment of anyone who thinks that being flamed and criticised is too high a price to pay, and that growing the thick skin that is really just the ante for online participation today is too difficult for them.',
      'Those of us who have stood up and spoken up on views deemed anti-establishment and anti-Government bear our own risks in doing so. Defamation lawsuits, sniping and flaming, cyber-harassment, invasion of privacy, police complaints, possible threats to employment prospects, and yes the Internal Security Act — these threats and risks all come with the territory.',
    );
    const first = attribution(article, 'Yes, I fundamentally believe');
    const next = attribution(article, 'Those of us who have stood up');
    expect(first).toMatchObject({ kind: 'direct', speaker: 'Siew Kum Hong' });
    expect(next).toMatchObject({ kind: 'direct', cue: first.cue, speaker: first.speaker });
  });

  test("the paragraph after 'Many netizen can't hide their surprise:' is given to no one", () => {
    const article = analyze(
      "Indonesia: The Curious Case of the Governor's Middle Finger",
      "In the heat of his run for second term as Jakarta's Governor, Fauzi Bowo sparked controversy when netizens exposed his picture giving a middle-finger salute.",
      "Many netizen can't hide their surprise:",
      '@vankaay: baru nyadar, bapak fauzi bowo.. acungin jari tengah pas lagi rame rame sama komunitas motor. mau gaul atau gatau artinya pak?hualahh',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
  });

  test("a numbered list after '… to raise two important questions:' is given to no one", () => {
    const article = analyze(
      UKRAINE,
      TVI,
      "The only way to make sure these people haven't suffered in vain is to raise two important questions:",
      "1. Lifting the limitations on meetings, packages and correspondence for the inmates. These limitations don't contribute to finding the truth, they should be seen as a type of torture.",
      '2. Legalization of phone connection (technically, it can be easily done by providing each cell with a couple of cell phones [...])',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
  });

  test("the paragraph after 'At Translating Cuba, Anddy Sierra Alvarez writes:' is his", () => {
    const article = analyze(
      'Cuba: Nothing Changes on May Day',
      'At Translating Cuba, Anddy Sierra Alvarez writes:',
      'The propaganda has begun for participation on May Day, no one is forced to go, they’ve said for a lifetime, but this is not the reality. For not only are those belonging to the Cuban Communist Party forced to participate, but they are told so in the bureaucratic meetings they have every month.',
    );
    expect(attribution(article, 'The propaganda has begun')).toMatchObject({ kind: 'direct', speaker: 'Anddy Sierra Alvarez' });
  });

  test("the paragraphs after 'Siew Kum Hong writes that …:' are Siew Kum Hong's", () => {
    const article = analyze(
      SINGAPORE,
      'Siew Kum Hong writes that those who want to make their views heard online should also be ready and willing to stand up against any potential onslaught, just like those who have spoken out against the establishment in the past:',
      'Yes, I fundamentally believe that it is better to have more voices speaking up than less. But people have to be willing to stand up for their views — and I have to question the commitment of anyone who thinks that being flamed and criticised is too high a price to pay, and that growing the thick skin that is really just the ante for online participation today is too difficult for them.',
    );
    expect(attribution(article, 'Yes, I fundamentally believe')).toMatchObject({ speaker: 'Siew Kum Hong' });
  });

  test("the letter after '…, he makes a stinging attack on the president:' is Gondwe's", () => {
    const article = analyze(
      MALAWI,
      'However, Gregory Gondwe takes a very different approach. After identifying key issues needing her attention such as foreign exchange, maternal health, media freedom, nepotism, propaganda and fuel, he makes a stinging attack on the president:',
      'I am in deep doubt that you are any different fro your predecessors if going by your appointment of Dr. Benson Tembo is anything to go by. Here is a man who was in the management of MBC at the time Dr. Hastings Kamuzu Banda used it as a suppressing tool. Dr. Tembo is the same person who perpetuated his charge even under President Muluzi when he was the pioneer head of the then Television Malawi. You cannot describe how it operated then as professional. And this is the person you appoint again and knowing how you used to chastise workers at MBC when you were a cabinet minister for not covering you enough, I know we are back on the same circumstance for another vicious cycle. The most unfortunate thing is that the grassroots are sensitive to any mistake that you will make and they will give you, your prize or God will do it on their behalf.',
    );
    expect(attribution(article, 'I am in deep doubt')).toMatchObject({ kind: 'direct', speaker: 'Gregory Gondwe' });
  });

  test("the paragraph after 'Boni Dulani says that …:' is Dulani's despite a scare-quoted word in it", () => {
    const article = analyze(
      MALAWI,
      'Her new cabinet has also attracted reactions from bloggers. Political scientist Boni Dulani says that he should be excused for being very skeptical given the composition of her new team:',
      "We must confess at this blog to being underwhelmed by the cabinet names that came out of Mudi House last Thursday. Only 13 names in the 32 member-cabinet are holding ministerial positions for the very first time. The rest, including President Banda herself and Vice president Khumbo Kachali – have either served in the Muluzi or Mutharika administrations. Meanwhile, eight of the 'new' ministers have served in both the Muluzi and Mutharika cabinets.",
    );
    expect(attribution(article, 'We must confess at this blog')).toMatchObject({ kind: 'direct', speaker: 'Boni Dulani' });
  });
});

describe('known limits', () => {
  // A careful reader gives the two paragraphs after the colon to Ng E-Jay; the engine finds no quotation.
  test.fails("the paragraph after 'Ng E-Jay is unconvinced of … a Code of Conduct:' is Ng E-Jay's", () => {
    const article = analyze(
      SINGAPORE,
      'Ng E-Jay is unconvinced of the logic or feasibility of a Code of Conduct:',
      'How is anyone going to enforce such a code of conduct given the free-wheeling nature of the internet that knows no geographical boundaries? How is any organization supposed to develop a code of conduct that will reflect the overall sentiment of netizens without incurring vast skepticism pertaining to their political neutrality or lack thereof?',
    );
    expect(attribution(article, 'How is anyone going to enforce')).toMatchObject({ kind: 'direct', speaker: 'Ng E-Jay' });
  });
});
