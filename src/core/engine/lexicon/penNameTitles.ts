/**
 * Role words that title one person writing online under a pen name or a handle, never a body: "Blogger happydsf",
 * "Photoblogger chookooloonks" (Global Voices, May 2012). A role a body may also be named by ("broadcaster NRK",
 * "publisher X") is not one (`sources/penName.ts`). Lower case.
 */
export const PEN_NAME_TITLES: ReadonlySet<string> = new Set([
  'blogger',
  'photoblogger',
  'videoblogger',
  'vlogger',
  'tweeter',
  'twitterer',
  'netizen',
  'commenter',
  // "Reader X writes:": a site's reader commenting under a pen name, as "Commenter Another Me states:" does
  // (gv-air-france-447-bloggers-media-coverage-2009-06-06).
  'reader',
  'user',
]);
