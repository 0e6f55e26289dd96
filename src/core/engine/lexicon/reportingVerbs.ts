import type { Stance } from '../../schema';

/** A reporting verb: its base form, how it frames what it reports, and the inflected forms the engine reads as cues. */
export interface ReportingVerb {
  lemma: string;
  stance: Stance;
  forms: ReadonlyArray<string>;
}

/**
 * Reporting verbs: the verb of an attribution cue ("Putin said", "said Peskov", "the ministry warned"), each
 * with its lemma and its stance — how the verb frames the words it reports.
 *
 * The stances follow Caldas-Coulthard's categories of reporting verbs in news ("On reporting reporting", in
 * M. Coulthard (ed.), Advances in Written Text Analysis, 1994: neutral structuring verbs such as say, tell, ask;
 * metapropositional assertives, directives and expressives) and Thompson & Ye's writer's stance
 * ("Evaluation in the reporting verbs used in academic papers", Applied Linguistics 12(4), 1991: verbs that
 * distance the writer from a claim, or present it as conceded), together with the advice of newsroom style
 * guides (the AP Stylebook, the Reuters Handbook of Journalism) that "said" is neutral while "claim",
 * "admit", "concede" and "insist" colour what they report. Which class each verb falls in is this project's
 * reading of those sources, not a published table:
 * - neutral: says what was said without framing it (say, tell, add, note, explain, describe, announce), and
 *   verbs of manner (joke, whisper, shout) and of feeling (thank, praise, complain), which tell how, not whether
 *   to believe it;
 * - assertive: presents it as pressed or forceful (insist, stress, warn, argue, declare, deny, accuse, vow);
 * - doubting: puts it at a distance, as the speaker's word only (claim, allege);
 * - conceding: presents it as yielded against the speaker's interest (admit, acknowledge, concede);
 * - directive: asks someone to act (urge, demand, recommend; "call for" and "ask … to" in context);
 * - questioning: asks or doubts (ask, question, wonder).
 *
 * Entries are lower case, one inflected form each, and every form is a cue verb the engine reads; a form
 * belongs to one verb only. `forms` holds exactly the forms the attribution sieves were tuned with.
 */
export const REPORTING_VERBS: ReadonlyArray<ReportingVerb> = [
  { lemma: 'say', stance: 'neutral', forms: ['said', 'says', 'say', 'saying'] },
  { lemma: 'tell', stance: 'neutral', forms: ['told', 'tells', 'tell', 'telling'] },
  { lemma: 'add', stance: 'neutral', forms: ['added', 'adds', 'adding'] },
  { lemma: 'note', stance: 'neutral', forms: ['noted', 'notes', 'noting'] },
  { lemma: 'explain', stance: 'neutral', forms: ['explained', 'explains', 'explain', 'explaining'] },
  { lemma: 'elaborate', stance: 'neutral', forms: ['elaborated', 'elaborates'] },
  { lemma: 'state', stance: 'neutral', forms: ['stated', 'states', 'stating'] },
  { lemma: 'write', stance: 'neutral', forms: ['wrote', 'writes'] },
  { lemma: 'reply', stance: 'neutral', forms: ['replied', 'replies', 'replying'] },
  { lemma: 'respond', stance: 'neutral', forms: ['responded', 'responds', 'responding'] },
  { lemma: 'answer', stance: 'neutral', forms: ['answered', 'answers'] },
  { lemma: 'recall', stance: 'neutral', forms: ['recalled', 'recalls', 'recalling'] },
  { lemma: 'recount', stance: 'neutral', forms: ['recounted', 'recounts', 'recounting'] },
  { lemma: 'remember', stance: 'neutral', forms: ['remembered'] },
  { lemma: 'continue', stance: 'neutral', forms: ['continued', 'continues'] },
  { lemma: 'conclude', stance: 'neutral', forms: ['concluded', 'concludes'] },
  { lemma: 'clarify', stance: 'neutral', forms: ['clarified'] },
  { lemma: 'enthuse', stance: 'neutral', forms: ['enthused'] },
  { lemma: 'agree', stance: 'neutral', forms: ['agreed'] },
  { lemma: 'describe', stance: 'neutral', forms: ['described', 'describes'] },
  { lemma: 'call', stance: 'neutral', forms: ['called', 'calls', 'calling'] },
  { lemma: 'dub', stance: 'neutral', forms: ['dubbed'] },
  { lemma: 'term', stance: 'neutral', forms: ['termed'] },
  { lemma: 'characterise', stance: 'neutral', forms: ['characterized', 'characterised', 'characterizes', 'characterises'] },
  { lemma: 'remark', stance: 'neutral', forms: ['remarked'] },
  { lemma: 'mention', stance: 'neutral', forms: ['mentioned', 'mentions'] },
  { lemma: 'opine', stance: 'neutral', forms: ['opined', 'opines'] },
  // "Weblog Bahamas concurred that the election was a "landmark" one" (gv-bahamas-bloggers-election-results-2012-05-09).
  { lemma: 'concur', stance: 'neutral', forms: ['concurred', 'concurs'] },
  { lemma: 'comment', stance: 'neutral', forms: ['commented'] },
  { lemma: 'observe', stance: 'neutral', forms: ['observed'] },
  { lemma: 'suggest', stance: 'neutral', forms: ['suggested', 'suggests'] },
  { lemma: 'announce', stance: 'neutral', forms: ['announced', 'announces', 'announce', 'announcing'] },
  { lemma: 'confirm', stance: 'neutral', forms: ['confirmed', 'confirms', 'confirm', 'confirming'] },
  // "The spokesman also outlined his priorities for Anjouan …" (wikinews-african-troops-invade-rebel-held-anjouan-2008-03-25),
  // "The study itself outlined the tight correlation between …" (wikinews-great-white-shark-disappears-sevengill-moves-in-
  // 2019-02-16): setting out a plan or a finding in words; its object is what was said (objectSpeechVerbs.ts).
  { lemma: 'outline', stance: 'neutral', forms: ['outlined', 'outlines'] },
  // "The company apologized for its website being inaccessible due to high volume of traffic" (wikinews-scheduled-power-
  // outages-northern-california-2019-10-09): an apology is made in words, a body's as well as a person's (talkedOf.ts reads
  // what it is for).
  { lemma: 'apologize', stance: 'neutral', forms: ['apologized', 'apologised', 'apologizes', 'apologises'] },
  { lemma: 'reveal', stance: 'neutral', forms: ['revealed', 'reveals'] },
  { lemma: 'disclose', stance: 'neutral', forms: ['disclosed'] },
  { lemma: 'report', stance: 'neutral', forms: ['reported', 'reporting', 'reports'] },
  { lemma: 'indicate', stance: 'neutral', forms: ['indicated', 'indicates'] },
  { lemma: 'signal', stance: 'neutral', forms: ['signaled', 'signalled'] },
  { lemma: 'estimate', stance: 'neutral', forms: ['estimated', 'estimates'] },
  // "The United States Constitution specifies that officials are removed from office after …" (English Wikinews 2019,
  // development half): what a law or a document lays down is its word (docs/annotation-guide.md, "Documents, studies …").
  { lemma: 'specify', stance: 'neutral', forms: ['specifies', 'specified'] },
  { lemma: 'predict', stance: 'neutral', forms: ['predicted', 'predicts', 'predict'] },
  { lemma: 'believe', stance: 'neutral', forms: ['believes', 'believe', 'believed'] },
  { lemma: 'feel', stance: 'neutral', forms: ['feels', 'felt'] },
  { lemma: 'reckon', stance: 'neutral', forms: ['reckoned', 'reckons'] },
  { lemma: 'theorise', stance: 'neutral', forms: ['theorized', 'theorised'] },
  { lemma: 'testify', stance: 'neutral', forms: ['testified'] },
  // "Christie defended his decision … by pointing out that many of New Jersey's beaches … remained open" (wikinews-beachside-
  // photos-new-jersey-governor-draw-criticism-2017-07-03): the participle reports as "pointed out" does, with its "out".
  { lemma: 'point out', stance: 'neutral', forms: ['pointed', 'points', 'pointing'] },
  { lemma: 'tweet', stance: 'neutral', forms: ['tweeted', 'tweeting', 'twittered'] },
  { lemma: 'post', stance: 'neutral', forms: ['posted', 'posting'] },
  { lemma: 'thank', stance: 'neutral', forms: ['thanked', 'thanks', 'thanking'] },
  { lemma: 'praise', stance: 'neutral', forms: ['praised', 'praises', 'praising'] },
  { lemma: 'commend', stance: 'neutral', forms: ['commended', 'commends'] },
  { lemma: 'welcome', stance: 'neutral', forms: ['welcomed', 'welcomes'] },
  { lemma: 'hail', stance: 'neutral', forms: ['hailed', 'hails', 'hailing'] },
  { lemma: 'voice', stance: 'neutral', forms: ['voiced', 'voices'] },
  { lemma: 'express', stance: 'neutral', forms: ['expressed', 'expresses', 'expressing'] },
  { lemma: 'complain', stance: 'neutral', forms: ['complained', 'complains', 'complaining'] },
  { lemma: 'lament', stance: 'neutral', forms: ['lamented', 'laments', 'lamenting'] },
  { lemma: 'grumble', stance: 'neutral', forms: ['grumbled'] },
  { lemma: 'joke', stance: 'neutral', forms: ['joked', 'jokes', 'joking'] },
  { lemma: 'quip', stance: 'neutral', forms: ['quipped', 'quipping'] },
  { lemma: 'muse', stance: 'neutral', forms: ['mused'] },
  { lemma: 'laugh', stance: 'neutral', forms: ['laughed'] },
  { lemma: 'chuckle', stance: 'neutral', forms: ['chuckled'] },
  { lemma: 'sigh', stance: 'neutral', forms: ['sighed'] },
  { lemma: 'whisper', stance: 'neutral', forms: ['whispered'] },
  { lemma: 'mutter', stance: 'neutral', forms: ['muttered'] },
  { lemma: 'shout', stance: 'neutral', forms: ['shouted', 'shouting'] },
  { lemma: 'exclaim', stance: 'neutral', forms: ['exclaimed', 'exclaiming'] },
  { lemma: 'yell', stance: 'neutral', forms: ['yelled', 'yelling'] },
  { lemma: 'scream', stance: 'neutral', forms: ['screamed', 'screaming'] },
  { lemma: 'cry', stance: 'neutral', forms: ['cried'] },
  { lemma: 'snap', stance: 'neutral', forms: ['snapped'] },
  { lemma: 'bark', stance: 'neutral', forms: ['barked'] },
  { lemma: 'sniff', stance: 'neutral', forms: ['sniffed'] },
  { lemma: 'scoff', stance: 'neutral', forms: ['scoffed'] },
  { lemma: 'insist', stance: 'assertive', forms: ['insisted', 'insists', 'insist', 'insisting'] },
  { lemma: 'stress', stance: 'assertive', forms: ['stressed', 'stresses', 'stressing'] },
  { lemma: 'emphasise', stance: 'assertive', forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising'] },
  { lemma: 'underline', stance: 'assertive', forms: ['underlined'] },
  { lemma: 'underscore', stance: 'assertive', forms: ['underscored'] },
  { lemma: 'highlight', stance: 'assertive', forms: ['highlighted'] },
  { lemma: 'reiterate', stance: 'assertive', forms: ['reiterated', 'reiterates', 'reiterating'] },
  { lemma: 'reaffirm', stance: 'assertive', forms: ['reaffirmed', 'reaffirms'] },
  // "Khublai Villafuerte, a blogger at Circulo de Cafe [es], affirmed that the reality of Mexican Politics hit the country
  // once again:" (Global Voices, May 2012): a that-clause is reported speech, as after "reaffirmed".
  { lemma: 'affirm', stance: 'assertive', forms: ['affirmed', 'affirms', 'affirming'] },
  { lemma: 'reassert', stance: 'assertive', forms: ['reasserted', 'reasserts'] },
  { lemma: 'warn', stance: 'assertive', forms: ['warned', 'warns', 'warn', 'warning'] },
  { lemma: 'caution', stance: 'assertive', forms: ['cautioned', 'cautions'] },
  { lemma: 'argue', stance: 'assertive', forms: ['argued', 'argues', 'argue', 'arguing'] },
  { lemma: 'contend', stance: 'assertive', forms: ['contended', 'contends'] },
  // "If the birds had been domesticated or even heavily farmed, they reasoned, the Egyptian specimens would have shown only
  // a little genetic diversity" (wikinews-ancient-egyptians-collected-wild-ibis-sacrifice-2019-11-16): an argument put in
  // words, as "argued" is; the past form only, since "reasons" is far more often the noun.
  { lemma: 'reason', stance: 'assertive', forms: ['reasoned'] },
  { lemma: 'maintain', stance: 'assertive', forms: ['maintained', 'maintains'] },
  { lemma: 'declare', stance: 'assertive', forms: ['declared', 'declares', 'declare', 'declaring'] },
  // "Mofaz proclaims Netanyahu is a liar" (gv-israel-mofaz-derided-unity-government-2012-05-09). "proclaimed" cues only
  // a quote (quoteCueVerbs.ts).
  { lemma: 'proclaim', stance: 'assertive', forms: ['proclaims'] },
  // "Anonymous (@YourAnonNews) refutes the idea that the Occupy movement has failed" (gv-united-states-occupy-wall-street-returns-2012-05-02).
  { lemma: 'refute', stance: 'assertive', forms: ['refuted', 'refutes'] },
  { lemma: 'assert', stance: 'assertive', forms: ['asserted', 'asserts', 'asserting'] },
  { lemma: 'assure', stance: 'assertive', forms: ['assured', 'assures'] },
  { lemma: 'vow', stance: 'assertive', forms: ['vowed', 'vows', 'vowing'] },
  { lemma: 'pledge', stance: 'assertive', forms: ['pledged', 'pledges', 'pledging'] },
  { lemma: 'promise', stance: 'assertive', forms: ['promised', 'promises', 'promising'] },
  { lemma: 'boast', stance: 'assertive', forms: ['boasted', 'boasting'] },
  { lemma: 'deny', stance: 'assertive', forms: ['denied', 'denies', 'deny', 'denying'] },
  { lemma: 'counter', stance: 'assertive', forms: ['countered', 'counters'] },
  { lemma: 'retort', stance: 'assertive', forms: ['retorted'] },
  { lemma: 'object', stance: 'assertive', forms: ['objected'] },
  // "They accuse SOA graduates of been responsible of death squads …" (wikinews-activists-protest-school-of-the-americas-
  // 2004-11-21), "UN officials condemn the use of cluster bombs …" (wikinews-military-advisers-libya-photojournalists-
  // killed-misrata-2011-04-20): a group's charge or judgement in the present, as "they deny" is.
  { lemma: 'accuse', stance: 'assertive', forms: ['accused', 'accuses', 'accuse', 'accusing'] },
  { lemma: 'blame', stance: 'assertive', forms: ['blamed', 'blames', 'blaming'] },
  // "Ivan Bolshakov, …, who faulted [ru] critics for taking Yavlinsky's words out of context:" (Global Voices): blame
  // put in words. Only the past form: "faults" is as often the noun ("acknowledged faults with the AIS system").
  { lemma: 'fault', stance: 'assertive', forms: ['faulted'] },
  { lemma: 'criticise', stance: 'assertive', forms: ['criticized', 'criticised', 'criticizes', 'criticizing', 'criticising'] },
  { lemma: 'condemn', stance: 'assertive', forms: ['condemned', 'condemns', 'condemn', 'condemning'] },
  // "South African president Thabo Mbeki denounced the operation" (wikinews-african-troops-invade-rebel-held-anjouan-
  // 2008-03-26), "…, who denounced the Trump legal team's claims as a …" (wikinews-gsa-begins-presidential-transition-
  // biden-2020-11-26): a denunciation is made in words, whatever its object, as a condemnation is. Not "denounce", an
  // imperative or an infinitive as often ("you must stand up and denounce").
  { lemma: 'denounce', stance: 'assertive', forms: ['denounced', 'denounces', 'denouncing'] },
  { lemma: 'claim', stance: 'doubting', forms: ['claimed', 'claims', 'claiming'] },
  { lemma: 'allege', stance: 'doubting', forms: ['alleged', 'alleges', 'alleging'] },
  { lemma: 'admit', stance: 'conceding', forms: ['admitted', 'admits', 'admit', 'admitting'] },
  { lemma: 'acknowledge', stance: 'conceding', forms: ['acknowledged', 'acknowledges', 'acknowledge', 'acknowledging'] },
  { lemma: 'concede', stance: 'conceding', forms: ['conceded', 'concedes', 'concede', 'conceding'] },
  { lemma: 'confess', stance: 'conceding', forms: ['confessed', 'confesses', 'confess', 'confessing'] },
  { lemma: 'urge', stance: 'directive', forms: ['urged', 'urges', 'urging'] },
  { lemma: 'demand', stance: 'directive', forms: ['demanded', 'demands', 'demanding'] },
  { lemma: 'recommend', stance: 'directive', forms: ['recommended', 'recommends', 'recommend', 'recommending'] },
  { lemma: 'advise', stance: 'directive', forms: ['advised', 'advises'] },
  // "Amnesty International has requested that Iran free journalists imprisoned …" (wikinews-amnesty-international-iran-
  // free-journalists-2009-06-28), "GCC civil society groups have requested that their governments postpone the move"
  // (Global Voices, development half). Not "requests", a noun as often ("requests for payment").
  { lemma: 'request', stance: 'directive', forms: ['requested'] },
  { lemma: 'plead', stance: 'directive', forms: ['pleaded', 'pleading'] },
  { lemma: 'beg', stance: 'directive', forms: ['begged'] },
  { lemma: 'ask', stance: 'questioning', forms: ['asked', 'asks', 'asking'] },
  { lemma: 'question', stance: 'questioning', forms: ['questioned', 'questions'] },
  { lemma: 'wonder', stance: 'questioning', forms: ['wondered'] },
];

const BY_FORM: ReadonlyMap<string, ReportingVerb> = new Map(REPORTING_VERBS.flatMap((verb) => verb.forms.map((form) => [form, verb] as const)));

/** Whether a word, in any case, is a form of one of the {@link REPORTING_VERBS}. */
export function isSpeechVerb(word: string): boolean {
  return BY_FORM.has(word.toLowerCase());
}

/** The reporting verb a word, in any case, is a form of; undefined when it is none. */
export function reportingVerbOf(word: string): ReportingVerb | undefined {
  return BY_FORM.get(word.toLowerCase());
}

const LEMMAS: ReadonlySet<string> = new Set(REPORTING_VERBS.map((verb) => verb.lemma));

/** Whether a lower-case word is the base form of one of the {@link REPORTING_VERBS} ("claim", "say", "according to" is none). */
export function isReportingLemma(word: string): boolean {
  return !word.includes(' ') && LEMMAS.has(word);
}
