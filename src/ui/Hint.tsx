import { useId, useState } from 'react';
import { cx } from '../lib/cx';

export interface HintProps {
  /** The word shown, which names the button. */
  label: string;
  /** What the word rests on, shown on hover and focus and read as the button's description. */
  hint: string;
}

/**
 * A word with a hint: hovering it, focusing it (Tab) or tapping it shows the hint; Escape hides it again.
 * The hint lines up with the nearest positioned ancestor, so that a narrow column does not cut it off.
 */
export function Hint({ label, hint }: HintProps) {
  const tipId = useId();
  // Tapped open on a touch screen, where there is no hover; hidden by Escape until the word is left.
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const reset = () => {
    setPinned(false);
    setDismissed(false);
  };
  return (
    <span className="group" onMouseLeave={() => setDismissed(false)}>
      <button
        type="button"
        aria-describedby={tipId}
        onClick={() => setPinned((open) => !open)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || dismissed) return;
          // The hint goes, not the attribution that Escape closes elsewhere on the page.
          event.stopPropagation();
          setDismissed(true);
          setPinned(false);
        }}
        onBlur={reset}
        className="cursor-help rounded-sm underline decoration-dotted decoration-1 underline-offset-[3px] hover:decoration-solid"
      >
        {label}
      </button>
      {/* The padding, not a margin, keeps the hint under the pointer on its way from the word to the hint. */}
      <span
        id={tipId}
        role="tooltip"
        className={cx(
          'absolute top-full left-0 z-10 max-w-full pt-1',
          pinned && !dismissed ? 'block' : 'hidden',
          !dismissed && 'group-focus-within:block group-hover:block',
        )}
      >
        <span className="block rounded-md bg-stone-900 px-2.5 py-1.5 text-xs leading-snug font-normal text-white shadow-lg dark:bg-stone-100 dark:text-stone-900">
          {hint}
        </span>
      </span>
    </span>
  );
}
