import { describe, expect, test } from 'vitest';
import { spokenPhrase } from '../../../../src/core/engine/attribution/spokenPhrase';
import { analyze, quotesOf } from './helpers';

// spokenPhrase.ts: a word or two in marks that a speech verb governs is someone's words, not the writer's term.

/** Whether the first phrase in marks of a sentence is governed by a speech verb. */
function spoken(sentence: string): boolean {
  const open = sentence.search(/["“]/);
  const words = sentence
    .slice(open + 1)
    .replace(/["”][\s\S]*$/, '')
    .split(/\s+/).length;
  return spokenPhrase(sentence, 0, open, words);
}

describe('a short phrase a speech verb governs', () => {
  test.each([
    // Real sentences from the development half of tests/fixtures/real.
    'The head of Jogye order made a public apology right after the gambling case made national headlines, vowing "self-repentance".',
    'During Prime Minister\'s Questions Wednesday, Sunak defended the government\'s record whilst promising a "formal update" from Braverman is forthcoming',
    'the government recommending "online translation tools" if needed.',
    'and called the demand "unprecedented", while ALDI, in a Facebook post on Tuesday, called it "unexpected".',
    // Fresh real text (Wikinews).
    'The comments called her political party facsist and termed her a "corrupt oaf" and a "lousy traitor".',
    // Fresh real text (Wikinews, 2019-09-11): a participle of a verb of manner.
    'Members of the House of Commons protested by shouting "shame on you!" and holding signs which read "silenced" during Monday\'s final session.',
    // Fresh real text (Wikinews): a characterising verb with its object, a named agent of a passive, a charge.
    'Trump refused to visit a cemetery of U.S. soldiers killed during the World War I Battle of Belleau Wood and referred to the soldiers buried there as "losers" and "suckers."',
    'Blankenship attacked the media for maintaining the status quo, providing an example of the media falsely describing him as a "felon" ahead of the primary.',
    'Election implications regarding the UK\'s efforts on leaving the European Union (EU) were described by Johnson as a "historic mandate", saying he intends to leave',
    'Mancini has been described by the Daily Hive as a "squirrel whisperer", for the close affinity some of the animals have for her.',
    'The Trump campaign accused Biden of "siding with criminals."',
    'Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos of beheadings',
    'Kerri Kupec sharply criticized the House\'s decision, which Ross has referred to as "gamesmanship" and a "stunt".',
    // The reason for praise or blame, after "for" (Global Voices, development half: China and Russia, May 2012).
    'and openly criticized Gary Locke for playing "little tricks" (via China Media Project):',
    'As soon as these allegations went public, the group published its thanks to Khinshtein for the "free publicity."',
    // "What" as a naming verb's object, its subject named (Wikinews, development half).
    'The move was met with what WalesOnline called "fury" from local tourism chiefs.',
    'Because warmer water is more buoyant, says the study, it rises above cooler water, creating what the scientists describe as an "upside-down river" flowing underneath the layers of ice.',
    // "What" before a bare plural subject (Global Voices, development half: Bahamas, May 2012).
    'the Progressive Liberal Party (PLP), which previously occupied the opposition bench in Parliament, was voted into power in what bloggers are calling a "landslide" victory.',
    // A comma right after the verb sets the words off (Wikinews, development half: Romanian journalists, 2005).
    'Some people also called for the withdrawal of Romanian troops from Iraq, yelling, "Troops out!" and waving banners saying, "It is not our war"',
    // The reason for blame after a longer object (Global Voices, development half: South Korea, May 2012); "casts …
    // as" characterises (Wikinews, development half: 'Birther King' announces 2016 campaign).
    'Some net users from Daum Agora [ko], the nation\'s biggest public forum, criticized the hosts of the show for "creating public commotions".',
    'In reference to the seventeen candidates invited to the two August 6 Fox News debates, Martin casts himself as the "eighteenth candidate," willing to participate in the second-tier debate.',
  ])('is a quote: %s', (sentence) => {
    expect(spoken(sentence)).toBe(true);
  });

  test.each([
    // A name given to a thing, a passive, a word mentioned, a verb read as a noun (fresh real text: NASA, digital.gov, Wikinews).
    'You have to be in the right place at the right time in a region called the “path of totality.”',
    'This group, called the “Flies,” included several minority candidates',
    'That year\'s H1N1 was commonly called "swine flu."',
    'Are customers using terms and language that is different than the website? (For example, are they saying “money” when',
    'After Biden attacked Trump for the alleged "losers" and "suckers" comment',
    'joined forces on a mission to inspire more than 4,500 eighth-grade students seeking answers to all questions “career” at',
    'These initiatives are known as “write” communities',
    'People holding a banner saying "united in diversity". Image: John Lubbock (flickr).',
    // A characterising verb with no object of its own names a thing; one word after "offered" is a term (fresh: NASA,
    // digital.gov, Wikinews).
    'the authors used an empirically based technique referred to as the “outflow method” that details the relationship',
    'Customer experience–referred to in the industry as “CX”–is more than just a product.',
    'and continuously improve it (referred to as a “retro” in agile speak).',
    'While many offered "furry" versions of traditional products, at least one business focused on',
    // A passive names nobody who gave the reason (fresh text).
    'The company was criticized for its "smart" design.',
    'Residents were evacuated from what is called the "red zone".',
    // Near misses: "what" before a verb, not a plural subject; one word after "said" and its comma is a word mentioned.
    'Crowds gathered in what was called the "red square" by the locals.',
    'Asked what the campaign needed, he said, "money".',
    // Near miss: "casting" with no "as" names no one's words.
    'The director is casting the film in "black and white" this time.',
  ])('is no quote: %s', (sentence) => {
    expect(spoken(sentence)).toBe(false);
  });

  test('the phrase is listed as a quote even where its speaker is not named', () => {
    const article = analyze(
      'South Korea: Monks Gambling Scandal',
      'Jogye order has more than 10 million followers which comprises about a fifth of the entire South Korean population. The head of Jogye order made a public apology right after the gambling case made national headlines, vowing "self-repentance".',
    );
    expect(quotesOf(article).some((q) => q.kind === 'direct' && q.text === 'self-repentance')).toBe(true);
  });
});

describe('four lower-case words in marks inside a clause', () => {
  test.each([
    // A US Army page of the development half (gold: no quote), fresh NASA pages.
    [
      'Total Army Analysis',
      'Resourcing starts by placing the "human in the loop" through a series of panels: Council of Colonels and General Officer Steering Committee.',
      'human in the loop',
    ],
    [
      'Chandra Finds Black Hole Eruption',
      'This mega-explosion billions of years ago may help explain the formation of a striking pattern of star clusters around two massive galaxies, resembling “beads on a string.”',
      'beads on a string.',
    ],
  ])('are a term or a figure of speech, no quote: %s', (headline, paragraph, words) => {
    expect(quotesOf(analyze(headline, paragraph)).some((q) => q.text === words)).toBe(false);
  });

  test.each([
    // Fresh Wikinews and NASA pages: a quote after a comma, four words inside reported speech, a cue in an aside after
    // the closing mark, words that go on a quote earlier in the sentence.
    ['On the campaign trail', 'To them, I say, "be Bold. Vote Gold."', 'be Bold. Vote Gold.'],
    [
      'Lion Air disaster',
      'The device was located and recovered "broken into two pieces" from under eight metres of mud, according to investigators.',
      'broken into two pieces',
    ],
    [
      'US Supreme Court overturns fraud convictions',
      'In September 2013, for four days, traffic "ground to a halt" — as the Supreme Court decision put it — at part of the George Washington Bridge.',
      'ground to a halt',
    ],
    [
      'While flying in space became more routine',
      'While flying in space became more routine in the 1980s, no one, not even the crew, “appreciated how spectacular” the first MMU flight “was going to be.”',
      'was going to be.',
    ],
  ])('stay a quote when someone is said to say them: %s', (headline, paragraph, words) => {
    expect(quotesOf(analyze(headline, paragraph)).some((q) => q.kind === 'direct' && q.text === words)).toBe(true);
  });
});

describe('a short line of speech that opens its sentence before a speech verb', () => {
  test.each([
    // Fresh real text: Wikinews (WikinewsSum, 2004), a cue whose speaker no sieve names.
    ['Gregoire wins Washington state governor race', '"This ain\'t golf," Gregoire\'s spokesman said. "No mulligans allowed here, folks."', "This ain't golf,"],
  ])('is a quote however short: %s', (headline, paragraph, words) => {
    expect(quotesOf(analyze(headline, paragraph)).some((q) => q.kind === 'direct' && q.text === words)).toBe(true);
  });

  test.each([
    // Fresh real text (Wikinews, Anime North 2019): a panel's title opens a clause, not a line of speech.
    [
      'Anime North 2019',
      'At the panel "Breaking Into Comics," speakers shared their insights into getting started as a comic artist.',
      'Breaking Into Comics,',
    ],
    // A title opening its sentence before a verb that is no speech verb.
    ['Fan Expo', '"Pokemon Biology," a panel for fans, drew a crowd on Saturday night.', 'Pokemon Biology,'],
  ])('a title is no quote: %s', (headline, paragraph, words) => {
    expect(quotesOf(analyze(headline, paragraph)).some((q) => q.text === words)).toBe(false);
  });
});

// Global Voices (CC BY 3.0), development half: Caribbean, May 2012.
describe('a short phrase with words the writer put in square brackets', () => {
  test('is somebody’s words, though no speech verb governs it', () => {
    const article = analyze(
      'Caribbean: Bloggers Celebrate Mother’s Day',
      'Over at My big, fat, Cuban family, the blogger\'s kids apparently logged in and shared some of the most meaningful things their mom has taught them over the years - from "[having] great adventures" to "[being] fearless."',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual(['[having] great adventures', '[being] fearless.']);
  });

  test('a language tag in brackets is no such insertion', () => {
    const article = analyze('Colombia: May Day', 'The blog "El Punto [es]" posted photos of the march in Bogotá.');
    expect(quotesOf(article).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
