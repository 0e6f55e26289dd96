/**
 * Last words of the doctrine, programme and document names that US Army writers capitalise as titles ("OSD Force
 * Shaping Construct", "Program Objectives Memorandum", "Army Watercraft: A Land Power Capability", "Major Defense
 * Acquisition Programs", "General Officer Steering Committees", "Brigade Combat Teams", "(See Table 1)", "Capability
 * Package"), and a research centre's name cut at its comma ("Tank Automotive Research, Development and Engineering
 * Center"): a run ending in one of them names a thing or a body, not a person. Observed on ARCIC (TRADOC) articles,
 * 2011-2016. Capitalised as in a name; joined to nonPersonHeads.ts.
 */
export const DOCTRINE_HEADS: ReadonlyArray<string> = [
  'Capability',
  'Capabilities',
  'Construct',
  'Memorandum',
  'Table',
  'Figure',
  'Teams',
  'Committees',
  'Programs',
  'Package',
  'Research',
];
