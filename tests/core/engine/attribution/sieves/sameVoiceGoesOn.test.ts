import { expect, test } from 'vitest';
import { goesOnPronoun, subjectlessGoesOn } from '../../../../../src/core/engine/attribution/sieves/sameVoiceGoesOn';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/sameVoiceGoesOn.ts: the one reading of "He continues:" between block quotations, which both the walk (the block
// after the line) and blockContinuation.runsToNextCue (the paragraphs before it) use. Lines and paragraphs from Global
// Voices (CC BY 3.0), development half.

test.each([
  ['He continues:', 'he'], // gv-lesotho-general-election-date-set-2012-05-17
  ['She continues:', 'she'], // gv-cuba-may-day-2012-05-01
  ['She added:', 'she'], // gv-egypt-presidential-candidates-posters-2012-05-14
  ['He added:', 'he'], // gv-switzerland-unconditional-basic-income-initiative-2012-05-07
  ['They went on to add:', 'they'], // gv-nigeria-rashidi-yekini-obituary-2012-05-08
])("'%s' hands the floor back to the voice before, in the pronoun %s", (line, pronoun) => {
  expect(goesOnPronoun(line)).toBe(pronoun);
});

test.each([
  'He concludes:', // gv-zambia-netizens-draft-constitution-2012-05-08
  'He commented:', // gv-india-pakistan-missile-launches-2012-05-08
  'He further noted that:', // gv-africa-development-or-democracy-2012-05-15
  'She also explains what affirmative actions are:', // gv-brazil-racial-quotas-higher-education-2012-05-05
])("'%s' is a cue of its own, whose pronoun coreference resolves, not a going-on", (line) => {
  expect(goesOnPronoun(line)).toBeNull();
  expect(subjectlessGoesOn(line)).toBe(false);
});

test("'and added [ko]:' has no subject of its own and goes on from the voice before (gv-south-korea-monks-gambling-scandal-2012-05-15)", () => {
  expect(subjectlessGoesOn('and added [ko]:')).toBe(true);
  expect(goesOnPronoun('and added [ko]:')).toBeNull();
});

// Mwamini Bujiriri's lead-in and words are from gv-drc-goma-clandestine-abortions-2012-05-08, "He continues:" and the
// paragraph after it from gv-lesotho-general-election-date-set-2012-05-17: recombined, the line cannot be hers.
const bujiririLeadIn =
  'Mwamini Bujiriri, the mother of a family from Goma, drove her 14-year-old daughter from their family home after discovering she was pregnant by a young man from the same village. Bujiriri explained in an interview:';
const bujiririWords =
  'I cannot let my daughter stay knowing she is pregnant because she has made a fool out of me. She is now the responsibility of the man who made her pregnant. It is impossible for two women to live in the same house.';
const jordanGoesOn =
  'Lesotho’s election is more than a contested vote in a remote country rarely heard from. It comes on the heels of successful elections across the continent: Ghana, Guinea, Liberia, Niger, Nigeria, and Zambia have recently all experienced peaceful elections. There have been a few notable blemishes: a couple of coups des états in Mali and Guinea-Bissau, and a contested election in Cote D’Ivoire in late 2010 that briefly turned into a civil war.';

test("a woman's block quotation does not go on after 'He continues:': the block after it stays unattributed", () => {
  const article = analyze('DRC: Clandestine Abortions in Goma', bujiririLeadIn, bujiririWords, 'He continues:', jordanGoesOn);
  expect(attribution(article, 'I cannot let my daughter')).toMatchObject({ kind: 'direct', speaker: 'Mwamini Bujiriri' });
  expect(quotesOf(article).find((q) => q.text.startsWith('Lesotho’s election is more'))?.speakerId ?? null).toBeNull();
});

test("after a woman's block quotation, 'She continues:' goes on with her words (the near miss of the line above)", () => {
  const article = analyze('DRC: Clandestine Abortions in Goma', bujiririLeadIn, bujiririWords, 'She continues:', jordanGoesOn);
  expect(attribution(article, 'Lesotho’s election is more')).toMatchObject({ kind: 'direct', speaker: 'Mwamini Bujiriri' });
});

// Michael Jordan's post of gv-lesotho-general-election-date-set-2012-05-17 put after Mwamini Bujiriri's lead-in: its
// paragraph in the writer's voice before "He continues:" is no longer carried to her, as it is to him in the original.
test("the writer-like paragraphs before 'He continues:' are not read as a woman's post", () => {
  const article = analyze(
    'Lesotho: 2012 General Election Date Set',
    bujiririLeadIn,
    'Political violence in the enclave encircled by South Africa has flared up ahead of May 26 elections – an ominous sign in what one analyst calls the latest “stress test” for democracy in sub-Saharan Africa. Cracks have emerged here with high-profile assassinations, rumors of a “hit squad,” and clashes at campaign rallies.',
    'So the United Nations invited Archbishop Tutu to bolster democracy in the land, where, before launching his crusade against Apartheid next door, he served his first bishopric from 1976-78. On Friday, his “prayer meeting” extracted a pledge among political rivals to keep the peace and respect election results.',
    'Citing the past political violence of South Africa, Tutu urged an audience that included the prime minister of Lesotho, “Please, please, please, please do not let the same happen to this stunningly beautiful land. Nothing can be so precious that it can be bought with innocent lives.”',
    "Voters during Lesotho elections in 2007. Photo courtesy of GNDEM's Flickr page.",
    'He continues:',
    jordanGoesOn,
  );
  const speakerOf = (start: string) => {
    const quote = quotesOf(article).find((q) => q.text.startsWith(start));
    return quote ? (article.entities.find((e) => e.id === quote.speakerId)?.name ?? null) : undefined;
  };
  expect(speakerOf('Political violence in the enclave')).toBe('Mwamini Bujiriri');
  expect(speakerOf('Citing the past political violence')).not.toBe('Mwamini Bujiriri');
  expect(speakerOf('Lesotho’s election is more')).not.toBe('Mwamini Bujiriri');
});

// Recombined as above: Mwamini Bujiriri's lead-in, then a paragraph of Michael Jordan's post that names Archbishop Tutu,
// then "He continues:" and Jordan's next paragraph. "He" cannot be her; nor is it a man only her quoted words name.
test("'He continues:' after a woman's block quotation is not handed to a man named only inside her quotation", () => {
  const article = analyze(
    'Lesotho: 2012 General Election Date Set',
    bujiririLeadIn,
    'So the United Nations invited Archbishop Tutu to bolster democracy in the land, where, before launching his crusade against Apartheid next door, he served his first bishopric from 1976-78. On Friday, his “prayer meeting” extracted a pledge among political rivals to keep the peace and respect election results.',
    'He continues:',
    jordanGoesOn,
  );
  expect(attribution(article, 'So the United Nations invited')).toMatchObject({ kind: 'direct', speaker: 'Mwamini Bujiriri' });
  expect(attribution(article, 'Lesotho’s election is more')).toMatchObject({ kind: 'direct', speaker: null });
});
