/**
 * Verbs that report speech through an object and a fixed preposition: "accused A of B", "credited A with B",
 * "likened A to B", "hailed A as B", "blamed A for B", "described A as B" (docs/annotation-guide.md, "Directive and object-noun cues"). Each pairs a form,
 * lower case, with its preposition (a regular expression's source); without that preposition the verb reports nothing here.
 */
/** "for" before a deed: an -ing form, or a determiner and a noun that is no time ("for a series of recent attacks"). */
const FOR_A_DEED = String.raw`for(?=\s+(?:\p{Ll}+ing\b|(?:its|his|her|their|a|an|the)\s+(?!(?:[\p{L}-]+\s+)?(?:time|times|moment|while|second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|moon|night|season)\b)))`;

/** "for" a deed, or "on" the one it is laid on: not a day, a month or a medium ("on Monday", "on Twitter", "on television"). */
const BLAMED_ON = String.raw`(?:for|on(?=\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Twitter|Facebook|Instagram|television|TV|radio|social|the\s+(?:day|morning|evening|night|weekend|radio|show|programme|program)|(?:his|her|their|its)\s+(?:blog|website|account|show|page))\b)))`;

export const OBJECT_FRAME_VERBS: ReadonlyArray<readonly [verb: string, preposition: string]> = [
  ['accused', 'of'],
  ['accuses', 'of'],
  ['accuse', 'of'],
  ['accusing', 'of'],
  // "The first charged Trump with abuse of power" (wikinews-us-house-impeaches-president-trump-2019-12-21, of an article of
  // impeachment), "The indictment charged the defendants with a campaign to hack …": a charge laid in words, as "accused A
  // of B" is. The passive ("was charged with") has no object and stays out; so does the participle, often a plan or a
  // policy ("would consider charging the gunman with terrorism").
  ['charged', 'with'],
  ['charges', 'with'],
  ['credited', 'with'],
  ['credits', 'with'],
  ['likened', 'to'],
  ['likens', 'to'],
  // "the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing to Houthi rebels"
  // (wikinews-mokha-yemen-bomb-kills-photojournalist-2019-01-30): laying a deed on someone in words, as "credited A with
  // B" does (docs/annotation-guide.md, "`attributed A to B`"); the passive "was attributed to" has no object and stays out.
  ['attributed', 'to'],
  ['attributes', 'to'],
  // "The statement ascribed his death to complications from a stroke on Monday" (wikinews-john-paul-stevens-dies-2019-07-17;
  // docs/annotation-guide.md, "`ascribed A to B` and `identifies A as B`"): "attributed" in other words.
  ['ascribed', 'to'],
  ['ascribes', 'to'],
  // "The Lost 52 Project identifies February 26, 1944 as the day it sank" (wikinews-lost-52-project-finds-grayback-okinawa-
  // 2019-11-13): naming something as something is what the speaker said of it, a body's word as well as a person's.
  // Not a person named ("identified the victim as John Smith"): a police identification, no words said of anyone.
  ...['identifies', 'identified'].map((verb) => [verb, String.raw`as(?=\s+(?:the|a|an)\s+\p{Ll})`] as const),
  ['hailed', 'as'],
  ['hails', 'as'],
  // "He described it as a modular switch that distributes the system’s power supply …" (usgov-nasa-wallops-suborbital-
  // avionics-upgrades-2024-05-01): the description is what was said; with only words in marks after "as" the guide
  // leaves the reported form optional.
  ['described', 'as'],
  ['describes', 'as'],
  ['describing', 'as'],
  // "The Russian government dismissed the claim from Berlin as groundless." (fresh Wikinews, "Germany says Alexei Navalny
  // poisoned with Novichok", September 2020): the judgement after "as" is what was said of the object.
  ['dismissed', 'as'],
  ['dismisses', 'as'],
  ['dismissing', 'as'],
  // "He blamed the attacks on Al-Qaeda in Iraq" (wikinews-scores-killed-twin-baghdad-marketplace-attacks-2008-02-01): the
  // one a deed is laid on is said as "blamed A for B" says the deed; not "on" a day or a medium ("blamed him on Monday").
  ...['blamed', 'blames', 'blaming'].map((verb) => [verb, BLAMED_ON] as const),
  // "AU blasted the Darfur's largest rebel group for a series of recent attacks" (voa-au-accuses-darfur-rebels-
  // destabilizing-2005-09-05): the headline words for criticising someone for something, as "blamed A for B" is. They
  // are physical too ("slammed the door for good", "blasted the rock for three days"): only with a deed after "for", an
  // -ing form or a determined noun that is no stretch of time (`FOR_A_DEED`).
  ...['blasted', 'blasts', 'blasting', 'slammed', 'slams', 'slamming', 'lambasted', 'lambasts', 'lambasting'].map((verb) => [verb, FOR_A_DEED] as const),
  // "Members of the Social Media Community of Practice praised Slack for being easy to learn and easy to manage"
  // (usgov-gsa-slack-team-communication-2015-07-30): praise for a deed is said of its object, as blame is
  // (docs/annotation-guide.md: `X thanked A for B` → content `A for B`), a group's words too.
  ...['praised', 'praises', 'commended', 'commends'].map((verb) => [verb, FOR_A_DEED] as const),
  // "Twitter user @shanti reminded people of the similar treatment [ko] of Chung Bong-ju, …" (gv-south-korea-podcasters-
  // questioned-police-2012-05-21): what the listeners are reminded of is what was said to them, `A of B` as with "accused
  // A of B"; the passive ("was reminded of") has no object and stays out, and so does a that-clause after the one reminded
  // ("Phetie reminds critics that Malawi's system of government … did not come from Malawi", gv-malawi-banda-promises-
  // lift-homosexuality-ban-2012-05-19), which reports as "reminds … that" does.
  ...['reminded', 'reminds'].map((verb) => [verb, String.raw`(?<!\s(?:that|who|which|what|how|why)\s.*)of`] as const),
];
