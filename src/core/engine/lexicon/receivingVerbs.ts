/**
 * Forms of the verbs of receiving or learning words from someone: "it received confirmation from Obama administration
 * officials that" (wikinews-us-federal-judge-dismisses-targeted-killing-lawsuit-2010-12-07), "had heard from police
 * that". Their subject only passes on what another said (`attribution/receivedFrom.ts`). Lower case.
 */
export const RECEIVING_VERBS: ReadonlyArray<string> = [
  'received',
  'receives',
  'receiving',
  'heard',
  'hears',
  'got',
  'gets',
  'obtained',
  'learned',
  'learnt',
  'learns',
];
