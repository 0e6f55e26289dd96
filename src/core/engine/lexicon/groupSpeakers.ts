/**
 * Plural and collective nouns a news writer makes the unnamed subject of a speech verb (AP Stylebook, "anonymous
 * sources": `Police said …`, `Officials said …`, `The family said …`, `Witnesses told reporters …`). Nouns for one
 * person or one organisation are `personRoleNouns.ts` and `orgRoleNouns.ts`. Lower case.
 */
export const GROUP_SPEAKERS: ReadonlySet<string> = new Set([
  'officials',
  'family',
  'relatives',
  'witnesses',
  'residents',
  'neighbors',
  'neighbours',
  'sources',
  'critics',
  'investigators',
  'prosecutors',
  'organizers',
  'organisers',
  'doctors',
  'analysts',
  'scientists',
  'researchers',
  'media',
  'publication',
  'spokespeople',
  'lawyers',
  'attorneys',
  'rescuers',
  'firefighters',
  'paramedics',
]);
