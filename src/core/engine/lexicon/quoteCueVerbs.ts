/**
 * Verbs that introduce a direct quote only where it follows them at once, never a that-clause or an object:
 * "“…,” Short shares.", "shared Christian Aganze, …", "Dr. Patel shared, “…”", "Senator Lindsey Graham spoke on Fox News, “…”", "Stafford radioed to Mission Control,
 * “…”". Elsewhere they report no speech ("NASA shared the data", "the results reflected a trend"), so they are not
 * REPORTING_VERBS, and the reported-speech sieves never read them.
 *
 * Entries are lower case; callers lower-case the word before looking it up.
 */
export const QUOTE_CUE_VERBS = new Set([
  'shared',
  'shares',
  'reflected',
  'reflects',
  'radioed',
  'spoke',
  'speaks',
  'defended',
  'summed',
  'summing',
  'sums',
  'summarized',
  'summarised',
  // "Endalk summarises online commentaries about press freedom and food security in Ethiopia:" (gv-ethiopia-g8-summit-
  // press-freedom-2012-05-18): a blogger's summary set off after its present-tense lead-in, as after the past one.
  'summarizes',
  'summarises',
  // "Shedding a light onto the government crackdown on the protesters, Kracktivist cites:" (gv-india-tamil-nadu-anti-
  // nuclear-crackdown-2012-05-16): a blog citing sets off what it cites; "cites a video of …" shows media (cuesBlock).
  'cites',
  'challenged',
  'proclaimed',
  // "Isaac disagrees:", "Clemans congratulates the president:", "this Facebook message by Chai Kadai informs us:": a
  // round-up presents a post so before setting it off.
  // "Guyanese-born Tastes Like Home echoed her sentiments:" (Global Voices, May 2012): a blogger saying the same again.
  'echoed',
  'echoes',
  'disagrees',
  'congratulates',
  'informs',
  // "“What if I met Obama?” wonders Mohamed Malouk.": a question set before its asker. Not a reporting verb: "wonders
  // about the future of …:" before a blogger's block quotation is no cue of its own.
  'wonders',
  // "Trump's statement read: “…”", "“…”, reads an AEW press release": a document reads its words; "read the report" does not cue.
  'read',
  'reads',
  // "Mick Jagger of The Rolling Stones also reacted on Twitter, “Sad news …”": a reaction set off by its quote; "reacted
  // to the news" or "the market reacted" reports no words.
  'reacted',
  'reacts',
  // "“They will not let me study in Chitral,” she appealed to the government." (wikinews-pia-sacrifices-goat-resumes-atr-
  // flights-2016-12-14): a plea set off by its quote; "appealed the ruling" is a court's appeal and reports no words.
  'appealed',
  // "“[Christie's] rise to national prominence was …,” Republican political strategist Kevin Madden offered." (Wikinews,
  // Christie's beach photos, July 2017): a view offered set off by its quote; "offered condolences" or "offered to
  // resign" reports no words.
  'offered',
]);
