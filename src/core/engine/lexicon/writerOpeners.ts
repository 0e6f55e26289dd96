/**
 * Words and phrases a news writer opens a paragraph of their own with, going on from someone's statement in their own
 * voice ("However, …", "Separately, …", "In response, …"): a paragraph opening with one is the writer's, not a block
 * quotation's later paragraph. Not "According to", which a blog's own paragraph opens with as often (`According to the
 * president, the country could not have hosted …`, Global Voices, a post of Rebecca Chimjeka's). Lower case; matched
 * at a paragraph's start, before a comma or a space.
 */
export const WRITER_OPENERS: ReadonlySet<string> = new Set([
  'however',
  'meanwhile',
  'nevertheless',
  'nonetheless',
  'separately',
  'additionally',
  'previously',
  'subsequently',
  'earlier',
  'later',
  'in addition',
  'in response',
  'in a statement',
  'asked about',
  'when asked',
  // "Indeed, avoiding the oil curse is important for Uganda, …" after the In2EastAfrica website's words
  // (gv-africa-local-content-oil-curse-2012-05-09): the writer agreeing with the quotation before, in their own voice.
  'indeed',
]);
