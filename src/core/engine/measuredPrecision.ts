/**
 * Written by `npm run calibrate` from the real development half: each sieve/resolution's share of right
 * speakers, Laplace-smoothed ((right + 1) / (n + 2)). Do not edit by hand.
 */
export const MEASURED_PRECISION: Readonly<Record<string, number>> = {
  // 1 right of 1
  'according-to/name': 0.667,
  // 4 right of 7
  'colon-block/name': 0.556,
  // 5 right of 5
  'continuation/continuation': 0.857,
  // 2 right of 2
  'inside-reported/name': 0.75,
  // 1 right of 1
  'inside-reported/pronoun': 0.667,
  // 15 right of 18
  'leading-cue/name': 0.8,
  // 7 right of 8
  'leading-cue/pronoun': 0.8,
  // 0 right of 1
  'leading-cue/role': 0.333,
  // 1 right of 1
  'reported-according-to/name': 0.667,
  // 1 right of 1
  'reported-according-to/role': 0.667,
  // 1 right of 1
  'reported-continued/name': 0.667,
  // 1 right of 1
  'reported-continued/pronoun': 0.667,
  // 25 right of 28
  'reported-cue-verb/name': 0.867,
  // 10 right of 11
  'reported-cue-verb/pronoun': 0.846,
  // 0 right of 1
  'reported-cue-verb/role': 0.333,
  // 7 right of 7
  'reported-final-clause/name': 0.889,
  // 17 right of 17
  'split-quote/name': 0.947,
  // 1 right of 1
  'split-quote/pronoun': 0.667,
  // 1 right of 1
  'trailer-dash/name': 0.667,
  // 29 right of 29
  'trailing-cue/name': 0.968,
  // 8 right of 8
  'trailing-cue/pronoun': 0.9,
};
