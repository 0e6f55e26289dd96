/**
 * Whether the end of `before` lies inside quote marks it opened: more “ than ” or an odd count of straight " marks.
 * A comma, a "but" or a name that stands there is the quoted speaker's own, so it ends no content or object of the
 * writer's (`noted his "strength, passion and wisdom" on Twitter`, wikinews-elijah-cummings-dies-2019-10-18). Pass the
 * text from where the count should start (a content's start, a sentence's start) up to the place to test.
 */
export const insideMarks = (before: string): boolean =>
  (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
