import { cx } from '../lib/cx';

export interface BarProps {
  /** 0..1 */
  share: number;
  /** The fill's colour class: `swatch` for the speaker's colour. */
  fill?: string;
  className?: string;
}

/**
 * A share drawn as a bar; it is decoration, so the number beside it must say the same in words. A share too small to
 * see shows as a sliver, but none shows none: a sliver beside "0 (0%)" would say there is some.
 */
export function Bar({ share, fill = 'bg-stone-500 dark:bg-stone-400', className }: BarProps) {
  return (
    <div aria-hidden="true" className={cx('h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800', className)}>
      <div className={cx('h-full rounded-full', fill)} style={{ width: `${share > 0 ? Math.max(share * 100, 1) : 0}%` }} />
    </div>
  );
}
