/**
 * " from the United States, who finished the race …", " from New Patriotic Party, who was the foreign minister": where a
 * name comes from or whom it stands for, written as a capitalised name of one to four words ("the" may open it), then
 * "who", set off by a comma or not. "Who" right after a name already votes for a person (`contextVotes.ts`); after the
 * name's place or party it still goes back to the name, as a place or a party is "which". A body's own "of" ("the
 * University of Connecticut who …", "Progressive Teachers Union of Zimbabwe who …") is read by its head word before the
 * votes, so it never comes here. `after` is the text right after the name.
 *
 * Source: the session 58 development half, where such names were left unsettled though nothing else around them said
 * more (wikinews-warholm-wins-400m-hurdles-gold-doha-2019-10-01, wikinews-shorts-auto-bailout-ghana-sentamu-cao-2008-12-07).
 */
const PLACED_THEN_WHO = /^\s(?:from|of)\s(?:the\s)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,3},?\swho\s/u;

/** Whether the words `after` a name say where the person is from, then "who" (`PLACED_THEN_WHO`). */
export const placedThenWho = (after: string): boolean => PLACED_THEN_WHO.test(after);
