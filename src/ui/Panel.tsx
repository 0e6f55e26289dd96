import { useId, type ReactNode } from 'react';

export interface PanelProps {
  title: string;
  children: ReactNode;
  /** Landmark role: a region of the page, or complementary content beside the article. */
  role?: 'region' | 'complementary';
}

export function Panel({ title, children, role = 'region' }: PanelProps) {
  const headingId = useId();
  return (
    <section
      role={role}
      aria-labelledby={headingId}
      className="lazy-layout rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id={headingId} className="mb-3 font-sans text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">
        {title}
      </h2>
      {children}
    </section>
  );
}
