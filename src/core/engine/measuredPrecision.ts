/**
 * Written by `npm run calibrate` from the real development half: each sieve/resolution's share of right
 * speakers, Laplace-smoothed ((right + 1) / (n + 2)). Do not edit by hand.
 */
export const MEASURED_PRECISION: Readonly<Record<string, number>> = {
  // 1 right of 1
  'according-to/name': 0.667,
  // 11 right of 14
  'colon-block/name': 0.75,
  // 17 right of 17
  'continuation/continuation': 0.947,
  // 3 right of 3
  'inside-reported/name': 0.8,
  // 1 right of 1
  'inside-reported/pronoun': 0.667,
  // 17 right of 20
  'leading-cue/name': 0.818,
  // 7 right of 8
  'leading-cue/pronoun': 0.8,
  // 0 right of 1
  'leading-cue/role': 0.333,
  // 1 right of 1
  'previous-speaker/continuation': 0.667,
  // 1 right of 1
  'reported-according-to/name': 0.667,
  // 1 right of 1
  'reported-according-to/role': 0.667,
  // 1 right of 1
  'reported-continued/name': 0.667,
  // 1 right of 1
  'reported-continued/pronoun': 0.667,
  // 35 right of 40
  'reported-cue-verb/name': 0.857,
  // 11 right of 12
  'reported-cue-verb/pronoun': 0.857,
  // 0 right of 1
  'reported-cue-verb/role': 0.333,
  // 8 right of 8
  'reported-final-clause/name': 0.9,
  // 29 right of 30
  'split-quote/name': 0.938,
  // 1 right of 1
  'split-quote/pronoun': 0.667,
  // 1 right of 1
  'trailer-dash/name': 0.667,
  // 44 right of 45
  'trailing-cue/name': 0.957,
  // 8 right of 8
  'trailing-cue/pronoun': 0.9,
};
