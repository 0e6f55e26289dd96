/**
 * Written by `npm run calibrate` from the real development half: each sieve/resolution's share of right
 * speakers, shrunk towards its resolution's pooled share (keys 'any/name' and the like), and below 0.9 unless the lower end of its 95 % Wilson
 * interval reaches 0.9. Do not edit by hand.
 */
export const MEASURED_PRECISION: Readonly<Record<string, number>> = {
  // 1 right of 1
  'according-to/name': 0.89,
  // 18 right of 18
  'any/continuation': 0.89,
  // 151 right of 164
  'any/name': 0.89,
  // 29 right of 31
  'any/pronoun': 0.89,
  // 1 right of 3
  'any/role': 0.4,
  // 11 right of 14
  'colon-block/name': 0.802,
  // 17 right of 17
  'continuation/continuation': 0.89,
  // 3 right of 3
  'inside-reported/name': 0.89,
  // 1 right of 1
  'inside-reported/pronoun': 0.89,
  // 17 right of 20
  'leading-cue/name': 0.856,
  // 7 right of 8
  'leading-cue/pronoun': 0.882,
  // 0 right of 1
  'leading-cue/role': 0.267,
  // 1 right of 1
  'previous-speaker/continuation': 0.89,
  // 1 right of 1
  'reported-according-to/name': 0.89,
  // 1 right of 1
  'reported-according-to/role': 0.6,
  // 1 right of 1
  'reported-continued/name': 0.89,
  // 1 right of 1
  'reported-continued/pronoun': 0.89,
  // 35 right of 40
  'reported-cue-verb/name': 0.877,
  // 11 right of 12
  'reported-cue-verb/pronoun': 0.89,
  // 0 right of 1
  'reported-cue-verb/role': 0.267,
  // 8 right of 8
  'reported-final-clause/name': 0.89,
  // 29 right of 30
  'split-quote/name': 0.89,
  // 1 right of 1
  'split-quote/pronoun': 0.89,
  // 1 right of 1
  'trailer-dash/name': 0.89,
  // 44 right of 45
  'trailing-cue/name': 0.89,
  // 8 right of 8
  'trailing-cue/pronoun': 0.89,
};
