import { useMemo } from 'react';
import { wordingChanges } from '../../core/sameQuote';

export interface ChangedWordingProps {
  /** This article's wording. */
  from: string;
  /** The other article's. */
  to: string;
}

/**
 * The other article's wording with what changed marked: words it leaves out struck through, words it adds
 * underlined, each also said in words for a screen reader, which announces neither mark.
 */
export function ChangedWording({ from, to }: ChangedWordingProps) {
  const parts = useMemo(() => wordingChanges(from, to), [from, to]);
  return (
    <p className="mt-1 font-serif leading-relaxed">
      <span className="sr-only">Its wording: </span>
      {parts.map((part, i) => {
        const space = i > 0 ? ' ' : '';
        if (part.change === 'same') return `${space}${part.text}`;
        return part.change === 'removed' ? (
          <span key={i}>
            {space}
            <del className="text-red-800 decoration-2 dark:text-red-300">
              <span className="sr-only">[left out: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          </span>
        ) : (
          <span key={i}>
            {space}
            <ins className="bg-amber-100 underline decoration-2 dark:bg-amber-900/50">
              <span className="sr-only">[added: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          </span>
        );
      })}
    </p>
  );
}
