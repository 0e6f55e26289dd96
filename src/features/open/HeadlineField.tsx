import { useId, useLayoutEffect, useRef } from 'react';
import { takeHeadline } from '../../core/engine/headline';

export interface HeadlineFieldProps {
  /** The text's first line, which reads as a paragraph. */
  line: string;
  value: string;
  disabled: boolean;
  onChange: (headline: string) => void;
}

/** Asks for the headline of a text that starts with a paragraph, and says what happens to that paragraph. */
export function HeadlineField({ line, value, disabled, onChange }: HeadlineFieldProps) {
  const id = useId();
  const firstSentenceMoves = takeHeadline(line, true, value).rest !== line;
  // At least two rows, and as many more (up to six) as the headline takes at the field's width, so that a long first
  // sentence is read whole: on a phone two rows cut it off mid-word.
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const textarea = field.current;
    if (!textarea) return;
    textarea.rows = 2;
    while (textarea.scrollHeight > textarea.clientHeight && textarea.rows < 6) textarea.rows += 1;
  }, [value]);
  return (
    <div className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        Headline
      </label>
      <p id={`${id}-hint`} className="mb-2 text-sm">
        The text starts with a paragraph, not a headline.{' '}
        {firstSentenceMoves
          ? 'Its first sentence becomes the headline and the rest of the paragraph stays as the first paragraph; edit it to write your own.'
          : 'Your headline goes above the text, which is kept whole.'}
      </p>
      {/* A headline is one line, so line breaks become spaces. */}
      <textarea
        ref={field}
        id={`${id}-input`}
        rows={2}
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\s*\n\s*/g, ' '))}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        className="w-full rounded-lg border border-stone-300 bg-white p-3 font-serif text-base text-stone-900 dark:border-stone-700 dark:bg-stone-950 dark:text-stone-100"
      />
    </div>
  );
}
