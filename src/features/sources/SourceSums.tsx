import type { SourcesSummary, Tally, Word } from '../../core/sourcesSummary';
import { Bar } from '../../ui/Bar';
import { percent } from './percent';

export interface SourceSumsProps {
  summary: SourcesSummary;
}

const HEADING = 'mb-2 text-xs font-semibold text-stone-700 dark:text-stone-300';

function TallyList({ tallies }: { tallies: ReadonlyArray<Tally<string>> }) {
  return (
    <ul className="space-y-1.5">
      {tallies.map(({ key, count, share }) => (
        <li key={key} className="grid grid-cols-[minmax(0,6.5rem)_minmax(0,1fr)_auto] items-center gap-2">
          {/* The spaces are for the words read as text; the grid lays out the items alone. */}
          <span className="break-words">{key}</span> <Bar share={share} />{' '}
          <span className="text-right tabular-nums text-stone-700 dark:text-stone-300">
            {count} ({percent(share)})
          </span>
        </li>
      ))}
    </ul>
  );
}

function speakerOf(word: Word | null): string {
  return word ? (word.speaker?.name ?? 'an unattributed quote') : 'nobody';
}

/** The sums of the sources, each readable as text: by type, by gender, anonymity, and who speaks first and last. */
export function SourceSums({ summary }: SourceSumsProps) {
  const { byType, byGender, people, anonymous, firstWord, lastWord } = summary;
  const anonymousCount = anonymous.withReason + anonymous.withoutReason;
  return (
    <div className="mt-5 space-y-4 border-t border-stone-200 pt-4 text-sm dark:border-stone-800">
      <div>
        <h3 className={HEADING}>Sources by type</h3>
        <TallyList tallies={byType} />
      </div>
      {people > 0 && (
        <div>
          <h3 className={HEADING}>
            People by gender ({people} {people === 1 ? 'person' : 'people'})
          </h3>
          <TallyList tallies={byGender} />
        </div>
      )}
      <div>
        <h3 className={HEADING}>Anonymous sources</h3>
        <p>
          {anonymousCount === 0
            ? 'None identified: no quote is given to an unnamed source.'
            : `${anonymousCount}: ${anonymous.withReason} with a reason given, ${anonymous.withoutReason} with no reason given.`}
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-stone-700 dark:text-stone-300">First word</dt>
        <dd>{speakerOf(firstWord)}</dd>
        <dt className="text-stone-700 dark:text-stone-300">Last word</dt>
        <dd>{speakerOf(lastWord)}</dd>
      </dl>
    </div>
  );
}
