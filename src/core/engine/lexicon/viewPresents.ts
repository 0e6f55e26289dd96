/**
 * Plural presents by which a group holds or voices a view of its own: "but Israeli officials insist that there was no
 * commitment …" (wikinews-hamas-ends-truce-with-israel-2008-12-18), "and UN investigators believe at least 10 women were
 * victims of rape" (a development Wikinews page). After a conjunction inside reported content they open another group's
 * clause in the writer's voice (reported/contentShape.ts). Lower case.
 */
export const VIEW_PRESENTS: ReadonlySet<string> = new Set([
  'believe',
  'think',
  'fear',
  'hope',
  'expect',
  'suspect',
  'doubt',
  'insist',
  'say',
  'claim',
  'argue',
  'maintain',
  'contend',
  'allege',
  'deny',
  'warn',
  'suggest',
  'note',
  'estimate',
  'agree',
  'disagree',
]);
