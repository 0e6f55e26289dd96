import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export interface NoticeProps {
  tone: 'info' | 'warning';
  children: ReactNode;
  /** An action beside the message, such as Undo. */
  action?: { label: string; onClick: () => void };
  onDismiss?: () => void;
}

/** A page-wide message and its action, as the page keeps it until it is dismissed or replaced. */
export type PageNotice = Pick<NoticeProps, 'tone' | 'action'> & { text: string };

/** A message about what just happened; warnings are alerts, the rest polite status. */
export function Notice({ tone, children, action, onDismiss }: NoticeProps) {
  return (
    <div
      role={tone === 'warning' ? 'alert' : 'status'}
      className={cx(
        'mb-4 flex flex-wrap items-center gap-3 rounded-lg border px-4 py-3 font-sans text-sm',
        tone === 'warning'
          ? 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50'
          : 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-50',
      )}
    >
      <p className="grow">{children}</p>
      {action && (
        <button type="button" onClick={action.onClick} className="min-h-9 rounded-md border border-current px-3 font-semibold">
          {action.label}
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="min-h-9 rounded-md px-2" aria-label="Dismiss">
          ×
        </button>
      )}
    </div>
  );
}

export interface FloatingNoticeProps {
  notice: PageNotice;
  onDismiss: () => void;
}

/** A page's notice, floating over the bottom of the screen, so that one that appears moves no line of the page. */
export function FloatingNotice({ notice, onDismiss }: FloatingNoticeProps) {
  return (
    <div className="fixed inset-x-3 bottom-3 z-50 sm:left-auto sm:right-4 sm:w-[28rem] [&>*]:mb-0 [&>*]:shadow-lg">
      <Notice tone={notice.tone} action={notice.action} onDismiss={onDismiss}>
        {notice.text}
      </Notice>
    </div>
  );
}
