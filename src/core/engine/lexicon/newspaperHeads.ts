/**
 * Words that end a newspaper's or news service's name and nothing else's: "The Washington Post", "Fox News",
 * "Oakland Tribune", "Nairobi Wire" (a Kenyan news site, Global Voices, May 2012: a news wire). Strong enough on their
 * own to make a capitalised name an organisation; shared by the organisation heads (`orgHeads.ts`) and the outlet heads
 * (`outletHeads.ts`). Capitalised as in a name.
 */
export const NEWSPAPER_HEADS = ['News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Press', 'Ledger', 'Star', 'Insider', 'Wire'];
