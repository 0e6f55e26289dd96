import { useMemo } from 'react';
import { longTextWords } from '../../core/longText';

/** Says, before Analyze, that a very long text (often several articles pasted together) will take a while. */
export function LongTextNote({ text }: { text: string }) {
  const words = useMemo(() => longTextWords(text), [text]);
  if (words === null) return null;
  return (
    <p role="note" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      This text is long: about {words.toLocaleString('en')} words. Analysing it may take a minute or more, and several articles pasted together read best opened
      one at a time.
    </p>
  );
}
