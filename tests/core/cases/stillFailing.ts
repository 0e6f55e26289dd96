/**
 * Cases the engine does not yet read as a careful reader would. Each runs as `test.fails`, so one that
 * starts passing fails the suite until it is taken off this list.
 */
export const STILL_FAILING: ReadonlySet<string> = new Set(['B14', 'B15', 'B24', 'P05', 'P07', 'P10', 'P13', 'P28', 'P36']);
