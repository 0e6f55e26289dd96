/** The words between two names that list the second after the first: ", ", " and ", ", or ". */
const LISTING = /^,?\s+(?:(?:and|or)\s+)?$|^,\s*$/u;

/**
 * A phrase opening a sentence on a preposition, with no comma inside before its object: "Like President Bush" in "Like
 * President Bush, Israeli Prime Minister Ehud Olmert kept his comments … broad in nature"
 * (wikinews-george-bush-arrives-in-middle-east-2008-01-09).
 */
const OPENING_PHRASE = /^\s*["“]?(?:Like|Unlike|With|Along with|Together with|As with|Alongside|For|From|To|Against|About|Between|Including)\s[^,]*$/u;

/** What follows a name that goes on listing or describing it (" and Peres", ", a lawyer"), so it need not be the subject. */
const LIST_GOES_ON = /^\s*(?:,|and\b|or\b|&)/u;

/**
 * Whether the name at `nameStart`–`nameEnd` is listed after an object that ends at `objectEnd` ("married in turn to
 * George Weidler, Marty Melcher, and Barry Comden"), so it is one more object, not the sentence's subject. A comma
 * that closes the sentence's opening prepositional phrase (`OPENING_PHRASE`) lists nothing when nothing lists on after
 * the name: the name is the subject the phrase leads to. A list ("With Smith, Jones and Brown on board, …") and a
 * name described after a comma stay objects. Offsets are UTF-16 code units into `text`, the block; `sentenceStart` is
 * where the sentence starts.
 */
export function listedAfterObject(text: string, sentenceStart: number, objectEnd: number, nameStart: number, nameEnd: number): boolean {
  const between = text.slice(objectEnd, nameStart);
  if (!LISTING.test(between)) return false;
  return !(/^,\s+$/.test(between) && OPENING_PHRASE.test(text.slice(sentenceStart, objectEnd)) && !LIST_GOES_ON.test(text.slice(nameEnd)));
}
