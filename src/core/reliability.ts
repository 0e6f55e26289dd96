import type { ExpectationReport } from './expectation';
import type { SourceOutcome } from './goldSources';

/** Found-of-expected, right-of-found and the like: `right` of `of`. */
export interface Tally {
  right: number;
  of: number;
}

/** One confidence band: the quotes stated within [from, to) and how many of them have an accepted speaker. */
export interface Band extends Tally {
  from: number;
  to: number;
  /** The mean confidence the engine stated for the band's quotes. */
  stated: number;
}

/** What a set of articles scores against its expectations. */
export interface CorpusScores {
  /** Gold direct quotes found (optional ones left out). */
  directFound: Tally;
  /** Found gold direct quotes whose speaker is accepted. */
  directSpeaker: Tally;
  /** Gold reported quotes found. */
  reportedFound: Tally;
  /** Gold reported quotes found with an accepted speaker. */
  reportedRight: Tally;
  /** Every found gold quote whose speaker is accepted. */
  anySpeaker: Tally;
  /** Found gold quotes left unattributed where the gold names a speaker. */
  unattributed: Tally;
  /** Found gold quotes given a speaker the gold does not accept: the worst error. */
  wrongSpeaker: Tally;
  /** Quotes found that the gold does not hold, of all found. */
  falseQuotes: Tally;
  people: { expected: number; found: number; hits: number };
  /** Gold sources found as a speaker whose source type is the gold's, of those found. */
  sourceType: Tally;
  /** Gold sources found whose gold gender is stated (woman, man) and whose found gender is the same, of those. */
  gender: Tally;
  /** Gold sources found whose gold gender is unknown but the engine states one, of those: must stay 0. */
  genderUnsupported: Tally;
}

const tally = (): Tally => ({ right: 0, of: 0 });

/** Adds up the reports of several articles. */
export function sumReports(reports: ReadonlyArray<ExpectationReport>): CorpusScores {
  const s: Omit<CorpusScores, 'sourceType' | 'gender' | 'genderUnsupported'> = {
    directFound: tally(),
    directSpeaker: tally(),
    reportedFound: tally(),
    reportedRight: tally(),
    anySpeaker: tally(),
    unattributed: tally(),
    wrongSpeaker: tally(),
    falseQuotes: tally(),
    people: { expected: 0, found: 0, hits: 0 },
  };
  for (const report of reports) {
    for (const { expected, found, speakerRight } of report.outcomes) {
      const direct = expected.kind !== 'reported';
      if (!expected.optional) {
        const seen = direct ? s.directFound : s.reportedFound;
        seen.of++;
        if (found) seen.right++;
        if (!direct) {
          s.reportedRight.of++;
          if (found && speakerRight) s.reportedRight.right++;
        }
      }
      if (!found) continue;
      if (direct) {
        s.directSpeaker.of++;
        if (speakerRight) s.directSpeaker.right++;
      }
      s.anySpeaker.of++;
      s.unattributed.of++;
      s.wrongSpeaker.of++;
      if (speakerRight) s.anySpeaker.right++;
      else if (found.speaker === null) s.unattributed.right++;
      else s.wrongSpeaker.right++;
    }
    s.falseQuotes.right += report.falseQuotes.length;
    s.falseQuotes.of += report.outcomes.filter((o) => o.found).length + report.falseQuotes.length;
    s.people.expected += report.people.expected;
    s.people.found += report.people.found;
    s.people.hits += report.people.hits;
  }
  return { ...s, ...sumSources(reports.map((r) => r.sources)) };
}

/** The source figures of several articles, each with its gold sources' outcomes (null: the gold annotates none). */
export function sumSources(perArticle: ReadonlyArray<ReadonlyArray<SourceOutcome> | null>): Pick<CorpusScores, 'sourceType' | 'gender' | 'genderUnsupported'> {
  const s = { sourceType: tally(), gender: tally(), genderUnsupported: tally() };
  for (const source of perArticle.flatMap((sources) => sources ?? [])) {
    if (!source.found) continue;
    s.sourceType.of++;
    if (source.typeRight) s.sourceType.right++;
    const stated = source.expected.gender !== 'unknown';
    const counted = stated ? s.gender : s.genderUnsupported;
    counted.of++;
    if (stated ? source.genderRight : source.genderUnsupported) counted.right++;
  }
  return s;
}

/** The confidence bands a reliability table shows, highest first. */
const BANDS: ReadonlyArray<readonly [number, number]> = [
  [0.9, 1.01],
  [0.8, 0.9],
  [0.7, 0.8],
  [0.6, 0.7],
  [0, 0.6],
];

/**
 * Reliability of the stated confidence (a calibration table, as in Guo et al. 2017, "On Calibration of
 * Modern Neural Networks"): for each band, how many attributed quotes were stated in it and how many of
 * them have a speaker the gold accepts. Unattributed quotes state no speaker and are left out.
 */
export function reliability(reports: ReadonlyArray<ExpectationReport>): Array<Band> {
  const bands = BANDS.map(([from, to]) => ({ from, to, right: 0, of: 0, stated: 0 }));
  for (const report of reports)
    for (const { found, speakerRight } of report.outcomes) {
      if (!found?.speaker) continue;
      const band = bands.find((b) => found.confidence >= b.from && found.confidence < b.to);
      if (!band) continue;
      band.of++;
      band.stated += found.confidence;
      if (speakerRight) band.right++;
    }
  return bands.map((b) => ({ ...b, stated: b.of === 0 ? 0 : b.stated / b.of }));
}
