/**
 * Speech verbs whose object, not a that-clause, is what was said: "thanked A for B", "praised A", "voiced concern".
 *
 * Every entry is a form of one of the REPORTING_VERBS. Entries are lower case; callers lower-case the word before looking it up.
 */
export const OBJECT_SPEECH_VERBS = new Set([
  'commended',
  'commends',
  'thanked',
  'thanks',
  'praised',
  'praises',
  'welcomed',
  'welcomes',
  'voiced',
  'voices',
  'expressed',
  'expresses',
  // "While there are some net users expressing that the investigation is justified, …" (gv-south-korea-podcasters-
  // questioned-police-2012-05-21): the participle reports as the finite verb does; a thing's "expressing hope" has no
  // speaker, so the cue reader finds no quote there.
  'expressing',
  'urged',
  'urges',
  'reiterated',
  'reiterates',
  'reaffirmed',
  'reaffirms',
  'reasserted',
  'reasserts',
  'underlined',
  'underscored',
  // "…, and mentioned a possible arbitration route at the International Court of Justice": what was brought up.
  'mentioned',
  'mentions',
  // "Blackmun also outlined a number of additional steps demanded by USOC …" (wikinews-usa-gymnastics-board-resigns-2018-
  // 01-27): the plan or finding set out is what was said (docs/annotation-guide.md, "A co-authored study's words").
  'outlined',
  'outlines',
  // "Senator John McCain also criticized the decision to withdraw …", "condemned the attacks on civilians": a judgement
  // passed on the object, which is what was said (docs/annotation-guide.md, "Directive and object-noun cues").
  'criticized',
  'criticised',
  'criticizes',
  'condemned',
  'condemns',
  'condemn',
  // "…, who denounced the Trump legal team's claims as a "national embarrassment"" (wikinews-gsa-begins-presidential-
  // transition-biden-2020-11-26): a denunciation judges its object as a condemnation does.
  'denounced',
  'denounces',
  // "Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia." (fresh Wikinews, September 2020),
  // "President Sata also demanded a retraction, an apology and K500 million …": what is demanded is what was said, as the
  // guide's "called for an inquiry" (docs/annotation-guide.md, "Directive and object-noun cues"). Not "demands", as often
  // the noun ("until their demands are met"); "demanding" as an adjective ("The job is demanding") has no speaker before it.
  'demanded',
  'demanding',
  // "…, representatives from Iran acknowledged their government had "unintentionally" shot down a Ukrainian passenger jet
  // near Tehran, blaming "human error" and the fear of aggression from the United States." (wikinews-iran-admits-downing-
  // ukrainian-jet-2020-01-13): the participle after a speaker's clause names the cause they blamed, which is what was said.
  // Not "blamed", which reports through a quote or "blamed A for B" (quoteOnlyVerbs.ts, objectFrameVerbs.ts).
  'blaming',
]);
