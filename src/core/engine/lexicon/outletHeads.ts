import { NEWSPAPER_HEADS } from './newspaperHeads';

/**
 * Words that end the name of a news outlet: "The Globe and Mail", "Slate Magazine", "The Brooklyn Paper". A
 * capitalised name ending in one is an organisation, and someone "of" it writes for it. Capitalised as in a name.
 */
export const OUTLET_HEADS = [
  ...NEWSPAPER_HEADS,
  'Dispatch',
  'Chronicle',
  'Observer',
  'Guardian',
  'Independent',
  'Telegraph',
  'Review',
  'Magazine',
  'Daily',
  'Weekly',
  'Mail',
];
