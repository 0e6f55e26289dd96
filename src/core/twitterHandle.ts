/**
 * Regular-expression source for a Twitter/X handle as written in a text: an `@`, then 1 to 15 ASCII letters, digits or
 * underscores (`@pistatxin78`, `@DunjaLazic`). Every pattern that reads such a handle (a post's label, a handle ending a
 * cue's speaker words, one in parentheses after a name, one opening a sentence) builds from this one source, so that
 * all of them accept the same handles. It holds no group and no flags; a Weibo name, in any letters, is read apart.
 *
 * Source: Twitter's rule for usernames ("Your username cannot be longer than 15 characters … can only contain
 * alphanumeric characters (letters A-Z, numbers 0-9) with the exception of underscores"), Twitter Help Center.
 */
export const TWITTER_HANDLE = String.raw`@[A-Za-z0-9_]{1,15}`;
