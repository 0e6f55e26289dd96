import { describe, expect, test } from 'vitest';
import { innerCue } from '../../../../src/core/engine/attribution/innerQuotes';
import { analyze, attribution, quotesOf } from './helpers';

// innerQuotes.ts: words in single marks that a speech verb sets off inside a double-marked quote.

/**
 * The texts of the quotes that lie inside another direct quote of the article (a direct quote inside reported speech is
 * a partial quote, its own entry by the guide).
 */
const nestedTexts = (...paragraphs: Array<string>) => {
  const quotes = quotesOf(analyze(...(paragraphs as [string, ...Array<string>])));
  return quotes
    .filter((q) => quotes.some((o) => o !== q && o.kind === 'direct' && o.start <= q.start && o.end >= q.end && o.text !== q.text))
    .map((q) => q.text);
};

describe('a quote inside a quote', () => {
  // The development half: wikinews-actor-doris-day-dies-at-97 (the speaker named as in the article's first paragraph).
  test("\"I've always said, '…'\" inside a quote is the same speaker's, cued by the inner verb", () => {
    const article = analyze(
      'Actor Doris Day dies at 97',
      'US singer and actor Doris Day died on Monday at her home in Carmel Valley, California.',
      "In a 2006 interview, Doris Day said, \"I've been through everything. I've always been like that. I've always said, 'No matter what happens, if I get pushed down, I'm going to come right back up.'\"",
    );
    expect(attribution(article, 'No matter what happens')).toMatchObject({ kind: 'direct', speaker: 'Doris Day', cue: "I've always said" });
  });

  // The development half: wikinews-bystanders-foil-knife-attacker-london-bridge.
  test("\"someone says, '…'\" inside Piers Morgan's quote is a quote of nobody named", () => {
    const article = analyze(
      'Bystanders foil knife attacker on London Bridge',
      "Broadcaster Piers Morgan commented, \"The guy with the whale tusk is a Polish chef named Luckasz. Worth noting this for the next time someone says, 'we've let too many Eastern Europeans into this country'.\"",
    );
    expect(attribution(article, 'The guy with the whale tusk')).toMatchObject({ speaker: 'Piers Morgan' });
    expect(attribution(article, "we've let too many")).toMatchObject({ kind: 'direct', speaker: null, cue: 'says' });
  });

  // The development half: usgov-nasa-xmm-newton-space-clover. "he" is most likely Xiaoyuan, but only a guess.
  // The development half: usgov-nasa-eleasa-kim-cldp-payload-operations-2024-05-14 (a NASA feature, public domain).
  test('"by asking myself, ‘…’" inside a quote is the speaker’s own question; "asking himself" names no one', () => {
    const paragraph = (reflexive: string) =>
      `Eleasa Kim, a NASA engineer, leads payload operations. She says, “When faced with a challenge, I can overcome a lot more than I think by asking ${reflexive}, ‘How can I do this?’”`;
    expect(attribution(analyze('A payload lead', paragraph('myself')), 'How can I do this?')).toMatchObject({
      kind: 'direct',
      speaker: 'Eleasa Kim',
      cue: 'asking myself',
    });
    const himself = quotesOf(analyze('A payload lead', paragraph('himself'))).find((q) => q.text === 'How can I do this?');
    expect(himself?.speakerId ?? null).toBeNull();
  });

  test('"and said, ‘Detection,’" inside Bulbul\'s quote is found and left unattributed', () => {
    const article = analyze(
      'NASA’s XMM-Newton finds a space clover',
      '“I forwarded it to Xiaoyuan, and he came into my office the next morning and said, ‘Detection,’ and I just started cheering!” Esra Bulbul said.',
    );
    expect(attribution(article, 'Detection,')).toMatchObject({ kind: 'direct', speaker: null, cue: 'said' });
    expect(attribution(article, 'I forwarded it')).toMatchObject({ kind: 'direct', speaker: 'Esra Bulbul' });
  });

  // The development half: usgov-nasa-marshall-beam-color-of-space, usgov-nasa-dart-dimorphos-shape,
  // wikinews-bystanders-foil-knife-attacker-london-bridge, usgov-gsa-are-faqs-still-relevant.
  test.each([
    '“We want to be the ‘beam’ of light to help someone find their way,” said Angela Storey.',
    'Rivkin said the orbit “is now 33 minutes and 15 seconds shorter. And the entire shape of the asteroid has changed, from a relatively symmetrical object to a ‘triaxial ellipsoid’ – something more like an oblong watermelon.”',
    'Thomas Gray said: "In the US there is a phenomenon \'suicide by cop\'".',
    '“It blurs the ‘FAQ’ structure, but it gives us a dynamic venue that is searchable,” Jane Smith said.',
  ])('words the speaker merely sets off in marks are no quote: %s', (paragraph) => {
    expect(nestedTexts('A headline', paragraph)).toEqual([]);
  });

  // Fresh pages: Wikinews 2019-10-02 (Hong Kong police shooting) and 2019-09-02 (Fan Expo Canada), CC BY 2.5.
  test.each([
    'Police Senior Superintendent Yolanda Yu Hoi-kwan said at a press conference: "The police officers\' lives were seriously threatened. To save his own and his colleagues\' lives, he fired a live shot at the attacker."',
    'Lead Paul Sun-Hyung Lee talked about how the series has been underestimated "up \'til now."',
  ])('apostrophes inside a quote open no quote of their own: %s', (paragraph) => {
    expect(nestedTexts('A headline', paragraph)).toEqual([]);
  });

  // The development half: wikinews-interviews-new-york-bar-owner: a thought is no speech.
  test('"I thought, \'OK, …\'" is no quote inside the quote', () => {
    expect(nestedTexts('A headline', "The owner said, \"When he was winning in the polls, I thought, 'OK, I'll do a Santorum'.\"")).toEqual([]);
  });
});

describe('an inner quote of someone the quote names', () => {
  // Fresh page: Wikinews, "US President Trump ousts National Security Advisor Bolton", 2019-09-12, CC BY 2.5.
  const bolton = (said: string) =>
    analyze(
      'US President Trump ousts National Security Advisor Bolton',
      'President Donald Trump announced on Twitter that he had asked John Bolton to resign.',
      `Bolton gave a different account of events, also speaking via Twitter: "I offered to resign last night and ${said}, 'Let's talk about it tomorrow.' "`,
    );

  test("\"President Trump said, '…'\" inside Bolton's quote is Trump's, cued from his name", () => {
    expect(attribution(bolton('President Trump said'), "Let's talk")).toMatchObject({
      speaker: 'Donald Trump',
      cue: 'President Trump said',
      speakerRef: 'President Trump',
    });
  });

  // The same sentence with the name after a preposition, as "Women in Nevada have said, '…'" on a fresh page.
  test('a name that only ends a phrase ("the aides of President Trump said") is not the one who spoke', () => {
    expect(attribution(bolton('the aides of President Trump said'), "Let's talk")).toMatchObject({ speaker: null, cue: 'said' });
  });
});

describe('the cue before an inner mark', () => {
  const cueOf = (before: string) => {
    const text = `${before}'x'`;
    const found = innerCue(text, 0, 0, before.length);
    return found && { verb: text.slice(found.verb.start, found.verb.end), subject: found.subject && text.slice(found.subject.start, found.subject.end) };
  };

  test.each([
    ['and I said, ', { verb: 'said', subject: 'I' }],
    ["I've always said, ", { verb: 'said', subject: "I've" }],
    ['Many people would say to me: ', null],
    ['then someone told me, ', { verb: 'told me', subject: 'someone' }],
    ['and he came in and said, ', { verb: 'said', subject: null }],
    ['I said ', { verb: 'said', subject: 'I' }],
    // Fresh page (Wikinews interview, 2020): a participle set off by commas, its subject the clause's.
    ['They cry, saying, ', { verb: 'saying', subject: null }],
    ['They fired me from there too. Saying, ', { verb: 'Saying', subject: null }],
  ] as const)('%j reads as %j', (before, expected) => {
    expect(cueOf(before)).toEqual(expected);
  });

  test.each([
    'the so-called ',
    'what we call ',
    'the plan called ',
    'a ',
    'he called it ',
    'and the ',
    // Fresh pages (Wikinews interviews, 2020): a verb read as a noun, an aside pointing back to earlier words.
    'It is like the saying ',
    'The campaign theme, as I told you, ',
  ])('%j is no cue', (before) => {
    expect(cueOf(before)).toBeNull();
  });
});

describe('a quote inside an answer or a block quotation with no marks of its own', () => {
  // Fresh page: Wikinews, "Iranian International Master Dorsa Derakhshani discusses her …", 2020-04-14, CC BY 2.5.
  const answer = (words: string) =>
    analyze(
      'Iranian International Master Dorsa Derakhshani discusses her career',
      'Wikinews interviewed chess player Dorsa Derakhshani about her career.',
      '((WN)) Why did you stop playing for the Iranian Chess Federation?',
      `((Dorsa Derakhshani)) ${words}`,
    );

  test('words a speech verb sets off in double marks inside an interview answer are a quote of their own', () => {
    const article = answer(
      'Well, I quote, they said "Even if you are not wearing the headscarf, like on your head, at least have it around your neck", and I just thought that was extremely stupid.',
    );
    expect(attribution(article, 'Even if you are not wearing')).toMatchObject({ kind: 'direct', speaker: null, cue: 'said' });
  });

  test('"I said, “…”" inside the answer is the one who answers', () => {
    const article = answer('And I started crying and I said, "You\'re not listening to me. I have done everything."');
    expect(attribution(article, "You're not listening")).toMatchObject({ kind: 'direct', speaker: 'Dorsa Derakhshani', cue: 'I said' });
  });

  test('a term in double marks inside the answer is no quote', () => {
    expect(
      nestedTexts('A headline', 'Wikinews interviewed Dorsa Derakhshani.', '((WN)) Why?', '((Dorsa Derakhshani)) The classic "no parties" rule was easy.'),
    ).toEqual([]);
  });
});
