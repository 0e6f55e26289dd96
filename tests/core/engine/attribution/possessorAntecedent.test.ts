import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// possessorAntecedent.ts (via sameSentencePronoun.ts): a he/she whose sentence names one person before it, as the owner
// of a possessive, is that person rather than someone of an earlier sentence; not when what is owned is a person, nor
// when the pronoun is a cue set off by commas.

// gv-bahamas-bloggers-election-results-2012-05-09 (development half, session 58).
const BAHAMAS = 'Bahamas: Bloggers React to Election Results';
const RESIGNATION =
  'But there was another outcome of these elections that bloggers have been discussing - the resignation of former Prime Minister Hubert Ingraham as leader of the Free National Movement and his announcement that "he will not be sworn in as the member of Parliament for North Abaco and he will not swear in as leader of the opposition". Larry Smith at Bahama Pundit commented:';
const DOWN_AND_OUT =
  'Of course, Ingraham has been down and out before - in 2002, when the entire FNM cabinet was wiped out. But this time there will be no return - age and circumstance will see to that...In addition to doing the right thing and resigning as party leader, Ingraham also said he would not take up his North Abaco seat, throwing the FNM into an immediate leadership quandary...';
const RETIREMENT =
  "Ironically (and sadly for some), Ingraham's retirement from public life came only one day after he asked the Bahamian people to give him a final chance to complete 'the work of my lifetime', by re-electing the FNM to a fourth non-consecutive term.";

test('"Ingraham\'s retirement from public life came only one day after he asked …" is Ingraham asking, not the blogger quoted', () => {
  const article = analyze(BAHAMAS, RESIGNATION, DOWN_AND_OUT, RETIREMENT);
  expect(attribution(article, 'the work of my lifetime').speaker).toBe('Hubert Ingraham');
});

// wikinews-pope-invites-palestinian-israeli-presidents-prayer-2014-05-28 (development half, session 58).
const POPE = 'Pope invites Palestinian and Israeli presidents to mutual prayer at Vatican';
const VISIT =
  "On Sunday, during Pope Francis' visit to the Middle East which lasted three days, he invited the Palestinian president Mahmoud Abbas and the Israeli president Shimon Peres to join him for a mutual prayer at his home in the Vatican.";

test('"during Pope Francis\' visit to the Middle East …, he invited …" is the Pope\'s invitation', () => {
  const article = analyze(POPE, VISIT);
  expect(attribution(article, 'the Palestinian president Mahmoud Abbas').speaker).toBe('Francis');
});

// Near miss: what Ingraham owns is a person, who may be the he, so the pronoun is not carried to Ingraham.
test('"Ingraham\'s spokesman … after he asked …" does not make Ingraham the one asking', () => {
  const article = analyze(BAHAMAS, RESIGNATION, DOWN_AND_OUT, RETIREMENT.replace("Ingraham's retirement from public life came", "Ingraham's spokesman spoke"));
  expect(attribution(article, 'the work of my lifetime').speaker).not.toBe('Hubert Ingraham');
});

// Near miss: "he said" set off by commas is a cue about the sentence, whose he is whoever spoke before.
test('"Hubert Ingraham\'s retirement, he said, was …" leaves the he to the earlier sentences', () => {
  const article = analyze(
    BAHAMAS,
    'Larry Smith at Bahama Pundit wrote about the election.',
    'Former Prime Minister Hubert Ingraham\'s retirement, he said, was "the end of an era".',
  );
  expect(attribution(article, 'the end of an era').speaker).not.toBe('Hubert Ingraham');
});
