import type { ComparedSpeaker } from '../../core/compareSources';
import { count } from './labels';

export interface ComparedSpeakersProps {
  title: string;
  speakers: ReadonlyArray<ComparedSpeaker>;
  /** Whose quotes to count: the first article's (0), the second's (1), or both. */
  side: 0 | 1 | 'both';
}

/** One column of Compare sources: speakers with their quotes in one article or in both. */
export function ComparedSpeakers({ title, speakers, side }: ComparedSpeakersProps) {
  return (
    <div>
      <h3 className="mb-1 font-semibold">{title}</h3>
      {speakers.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">Nobody.</p>
      ) : (
        <ul className="space-y-1">
          {speakers.map(({ key, name, quotes }) => (
            <li key={key}>
              {name}: {side === 'both' ? `${count(quotes[0], 'quote')} in the first, ${quotes[1]} in the second` : count(quotes[side], 'quote')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
