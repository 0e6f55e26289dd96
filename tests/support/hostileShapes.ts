import { readFileSync } from 'node:fs';

/**
 * A shape of text that once broke a rule of the engine, or could: its name and the text, as is (repeated in one
 * paragraph where it has no break of its own) or as a function of the copy's index (numbered, so the cleaner does not
 * fold repeated paragraphs away).
 */
export type HostileShape = readonly [name: string, shape: string | ((i: number) => string)];

/**
 * Each cue, speaker and layout shape a rule was written for since session 30, as the sentence it was written for. A
 * rule that reads a whole block or sentence again for each quote or sentence in it turns quadratic on many copies of its
 * shape: the unit tests read each shape at 20 KB for valid spans, and `npm run bench` times each at 50 and 200 KB and
 * names any that grows faster than its size.
 */
export const HOSTILE_SHAPES: ReadonlyArray<HostileShape> = [
  // Session 31: colon cues of Global Voices round-ups, person cues, bylines and datelines; numbered, so the cleaner does
  // not fold the paragraphs away as repeats. Session 32: transcript answers, the danda, a list line, a profile.
  [
    '"According to X, <clause>:"',
    (i) => `According to Daniel Gershenson [es] (@alconsumidor), the police made threats ${i}:\n\nAfter the melée ${i} the ride continues.\n\n`,
  ],
  [
    '"According to X, who …, <clause>" with no colon',
    (i) => `According to film director Nikos Soulis, who recorded the incident, the man was burning garbage ${i}, `,
  ],
  [
    '"the blog "Title" (gloss) shares [es] …:"',
    (i) => `The blog "Marcha Patiotica" (Patriotic March) shares [es] grim statistics ${i}:\n\nColombia is unequal ${i}.\n\n`,
  ],
  ['"Notes from <Name> <verb> …:"', (i) => `Notes from the Cuban Exile Quarter reported on march ${i} in honour of Laura Pollan:\n\nIt is important ${i}.\n\n`],
  ['"For X (@handle) …:"', (i) => `For Kar (@Karkarkarrr) the police actions are negative ${i}:\n\nSuch repression ${i} is unjust.\n\n`],
  [
    '"The story continues:" after a block',
    (i) =>
      `The Zambian Watchdog reports ${i}:\n\nFuel is short ${i}.\n\nThe story went on to describe queue ${i}, adding:\n\nSources say ${i} it will worsen.\n\n`,
  ],
  ['"X notes that …:"', (i) => `Khotso From Lesotho notes that parties ${i} are too many to keep track of:\n\nElections are upon us ${i}.\n\n`],
  ['a name after a lower-case verb', (i) => `Hafriz from Singapore thinks al-Zaidi should become president ${i}:\n\nHe is a legend ${i}.\n\n`],
  [
    'person cues: a trade noun, "mother, the late X", a kin rival',
    (i) =>
      `SpaceX, backed by entrepreneur Elon Musk, flew ${i}. Born to a mother, the late Shyamala Gopalan, and his son, Bruce McCandless III, said his father flew ${i}. `,
  ],
  [
    '"By:" bylines, datelines and "By" headlines',
    (i) => `By: Walter Ham, DIVIDS, May 2, 2014 (${i})\n\nThursday, May 16, 2019 (${i})\n\nBy Their Powers Combined ${i}\n\n`,
  ],
  [
    'picture credits in captions',
    (i) => `Cartoon ${i} of the minister by Carlos Latuff. Image from user Kar${i} (CC BY 2.0). Image of the march, Kar (CC BY-NC). `,
  ],
  ['a transcript answer broken over two lines', (i) => `((Zara Kay))  I think that's how I would\nsee it ${i}.\n\n((WN)) Do you mean\na user ${i}?\n\n`],
  ['an answer closing on the danda', (i) => `((Akram Pasha)) हम कर रहे हैं ${i}।\n\nwe go on ${i}\n\n`],
  ['a line of capitalised names', (i) => `– STEM Quesst, Wisconsin Space Grant Cornell University ${i}, Ithaca, New York\n\nThe grant goes on ${i}.\n\n`],
  ['an unlabelled profile interview', (i) => `Name: Kate ${i}\n\nTitle: Engineer ${i}\n\nWhat do you do ${i}?\n\nI test spacecraft ${i}.\n\n`],
  // Session 30: cue shapes, repeated in one paragraph where the shape has no paragraph break of its own.
  ['"Per <source>, …"', 'Per the decree signed by the king, priests are expected to notify officials. Per Nilsson, a spokesman, said so. '],
  [
    '"told local media" and a role before a quotation',
    'Duda told local media the heart was restarted. He told radio host Charlamagne tha God "if you have a problem" ',
  ],
  // "The music prompted Walker to say, “…”" repeated is left out: it was superlinear before its rule came (6 s for 50 KB,
  // 17 s for 100 KB), and the rule only reads the last 200 characters before each quote.
  ['"greeted them with"', 'Cameron greeted them with, “Good morning!” '],
  ['"With those words, X announced"', '“Houston, we are returning to Earth!” With those words, Stafford announced that the burn had succeeded. '],
  [
    'a first-person aside between dashes',
    'Although she decided not to stay – “I considered it, but I was ready to get a job” – Flores credits the internship. ',
  ],
  ['"issued the following statement from X:"', 'The palace issued the following statement from the king: "It is over." '],
  ['"while <Name> <verb>" after reported words', 'Blankenship and Carroll expressed opposition to the plan while La Riva fully endorsed it. '],
  ['a trailing cue closed by a colon', 'It seems that the government should consider an alternative, the gynecologist explained:\n\n'],
  ['a colon quote then "he argued"', 'Blankenship concurred: "We need to stop policing the world", he argued. '],
  ['"and according to X he …"', 'Mugabe was hospitalized this year and according to the Ministry of Foreign Affairs he died at the hospital. '],
  // Session 30: speaker shapes (blanking nicknames over the whole block was quadratic: 113 s for the nickname shape at
  // 200 KB, 13 s once it was not).
  ['a nickname inside a name after an opening clause', 'When Anders announced that he would retire, Thomas K. “Ken” Mattingly began training. '],
  ['a lower-case brand opening a sentence', "sales fell without authorisation.  youtube-dl's source code had tests. "],
  ['a signature with initials after a dash', '"In 2004, DARPA researchers surveyed the field." - P.W. Singer\n\n'],
  ['a unit "X and Y team"', 'The announcement also mentioned GitHub Trust and Safety team would treat tickets as a "top priority". '],
  ['a lone capital before a quotation', 'It was published in the journal Physical Review D. “If we find them, it is big.” '],
  // Session 31: a one-speaker profile's cue-less quotes next to another voice (soleSpeaker.ts, otherVoiceNear.ts), a
  // "Statement from" page (headlineStatement.ts) and "In the analysis of X," (reported/inViewOf.ts).
  [
    'a profile whose cue-less quotes sit next to another voice',
    '“You have to produce some results before folks respect you,” Tim Wilson said. Klein, who worked with him, remembers his motto. “He walked into the lab and asked for the hardest problem we had.” ',
  ],
  [
    'a statement page with no cue',
    'Statement from NASA’s Janet Petro on the Budget\n\n“Kennedy is proud to support the administration’s goals and priorities for NASA.\n\n',
  ],
  ['"In the analysis of X,"', 'In the analysis of the German Institute for Economic Research, the high costs render the project unrealistic. '],
  // Session 32: cue and speaker shapes.
  ['"<lower-case title> Dr <Name>"', 'MIT professor Dr Sara Seager said the planet may hold water. '],
  ['a chess title before a name', '"We will win," said IM Dorsa Derakhshani. '],
  [
    'an opening cue and a closing one',
    'He said Zelensky is "a model of honesty for me"; however, "to remove doubts", he added. He said it was fair, Smith added. ',
  ],
  ['"The scientists behind X"', 'The scientists behind the present study only noted various hypotheses. '],
  ['"with A calling … and B calling …"', 'It passed, with Steve Scalise of Louisiana calling it a sham and Ross Spano of Florida calling the process unfair. '],
  ['"published a report by …, saying"', 'The journal Science published a report by a team from Ohio, saying the ice was thin. '],
  ['"announced on Friday <clause>"', 'The commission announced on Friday the debate between Donald Trump and Joe Biden has been cancelled. '],
  ['"told reporter X of <outlet> <clause>"', "Jones told reporter Tom Hale of VOA's Studio 7 for Zimbabwe the police investigation was over. "],
  ['"Media reports said"', 'Media reports said the fire was out. '],
  ['experts by their ending after a semicolon', 'Egyptologists have reported the tomb was looted; and seismologists have said it shook. '],
  ['a long subject and its auxiliary', 'Officials reported three malls in Davao City and Gaisano Mall in Digos City were damaged. '],
  ['"A study published in … reported"', 'A study published in the Journal of Threatened Taxa reported authorities seized birds. '],
  ['"Democrats in Congress"', 'Democrats in Congress vowed to investigate whether Pompeo used staff. '],
  ['"I say that jokingly, but"', 'I say that jokingly, but it is true. '],
  ['"a noted Civil Rights activist"', 'Her mother, who was a noted Civil Rights activist, said nothing. '],
  [
    'a long lower-case title after a final "said"',
    'The plan would hurt farmers, said democracy and governance program director Peter Kagwanja of the Human Science Research Council in South Africa. ',
  ],
  ['"a process X described as"', 'It was a process Zapata described as being tricky because the boat moved. '],
  [
    'paper titles in sentence case',
    'The paper, titled; Sea ice loss in the Arctic, was published. The journal published online “Ice loss and heat” by Smith et al. ',
  ],
  // Session 32: a judging verb with a decision as its object (reported/judgedAct.ts), and one with people, which is no quote.
  [
    '"applauded calls by …", "attacked the proclamation of …"',
    'Tsvangirai applauded calls by the community to delay runoff elections. Erdogan also attacked the proclamation of the heights as territory, and rebels attacked the convoy. ',
  ],
  ['"claimed to be …" (reported/claimedToBe.ts)', 'West claimed to be in communication with Kushner. A man who claims to have been there left. '],
  // Session 32: unnamed and outlet subjects (reported/countedSubject.ts, unnamedGroup.ts, accordingSource.ts), numbered.
  ['"More than two million people replied …"', (i) => `More than two million people replied they would attend ${i}. Over ${i} residents said it was cold. `],
  [
    '"A 2015 federal court decision said …"',
    (i) => `A 2015 federal court decision said the guarantee did not apply ${i}. Police statements said they went wild ${i}. `,
  ],
  ['"Residents there told the press …"', (i) => `Residents there told the press the officers claimed to be seeking ${i} bombs. `],
  ['"…; TVN24 reported …"', (i) => `Brudziński said Adamowicz was in a "serious" condition; TVN24 reported he received surgery ${i}. `],
  [
    '"According to projections by X and Y, …"',
    (i) => `According to projections by CNN and NPR, he won in ${i} states. Per numbers reported by The Associated Press, ${i} were. `,
  ],
  [
    '"Trump and his supporters claimed …", "reported recently that …"',
    (i) => `Trump and his supporters claimed ${i} votes were lost. The System reported recently that ${i} were fed. `,
  ],
  ['a long run of capitals before a verb', (i) => `${'Alpha Beta Gamma Delta '.repeat(20)}reported ${i} were hurt; ${'Omega '.repeat(30)}said so. `],
];

/**
 * `shape` made into about `size` UTF-16 code units of text (or a little more): a string repeated, a numbered shape's
 * copies `shape(0)`, `shape(1)`, … joined.
 */
export function textOfShape(shape: HostileShape[1], size: number): string {
  if (typeof shape === 'string') return shape.repeat(Math.ceil(size / shape.length));
  const parts: Array<string> = [];
  for (let i = 0, length = 0; length < size; i++) {
    const part = shape(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/**
 * The bundled article's text copied until it reaches `size` UTF-16 code units, every paragraph numbered so the cleaner
 * does not fold the copies away as repeated lines.
 */
export function numberedNews(size: number): string {
  const base = readFileSync('articles/cgtn-putin-tokayev-2022-02-10.txt', 'utf8');
  const parts: Array<string> = [];
  for (let i = 0, length = 0; length < size; i++) {
    const copy = base.replace(/\n\n/g, () => ` (${i}.${parts.length})\n\n`);
    parts.push(copy);
    length += copy.length;
  }
  return parts.join('');
}
