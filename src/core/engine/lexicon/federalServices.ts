/**
 * U.S. federal agencies whose names hold no government word (`governmentWords.ts` has "NPS", not "Service", which
 * also names a news agency or a radio's language desk: "Inter Press Service", "VOA Khmer Service"): "Julia Washburn,
 * National Park Service associate director for interpretation, education, and volunteers" (usgov-gsa-18f-every-kid-
 * in-a-park-follow-up-2015-10-21). A head or an office of one is a federal officer. Written as the names are.
 */
export const FEDERAL_SERVICES: ReadonlyArray<string> = [
  'National Park Service',
  'National Weather Service',
  'Internal Revenue Service',
  'Fish and Wildlife Service',
  'Forest Service',
  'Secret Service',
  'Postal Service',
];
