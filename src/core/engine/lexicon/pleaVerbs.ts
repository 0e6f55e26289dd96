/**
 * Verbs of pleading, which make a call in words through a particle as "call" does: "appealed for calm", "Relief officials
 * appealed to political leaders to stabilize security throughout Kenya" (wikinews-kenyan-humanitarian-crisis-deepens-
 * talks-continue-2008-02-07), "Mohamed Kohail pleads with the prime minister to utilise …" (wikinews-canadian-still-faces-
 * public-beheading-saudi-arabia-2009-05-20). Lower case. Without a particle they say nothing ("pleaded guilty", "the
 * ruling was appealed"), so they cue only with one (reported/directives.ts).
 */
export const PLEA_VERBS: ReadonlySet<string> = new Set(['appeal', 'appeals', 'appealed', 'appealing', 'plead', 'pleads', 'pleaded', 'pleading', 'pled']);
