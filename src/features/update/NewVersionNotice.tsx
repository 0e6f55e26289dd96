import { Notice } from '../../ui/Notice';

export interface NewVersionNoticeProps {
  onReload: () => void;
  onDismiss: () => void;
}

/** Says that a new version of the app is ready; it takes over only when the reader chooses Reload. */
export function NewVersionNotice({ onReload, onDismiss }: NewVersionNoticeProps) {
  return (
    <div className="fixed inset-x-3 bottom-3 z-50 sm:right-auto sm:left-4 sm:w-[24rem] [&>*]:mb-0 [&>*]:shadow-lg">
      <Notice tone="info" action={{ label: 'Reload', onClick: onReload }} onDismiss={onDismiss}>
        A new version is ready
      </Notice>
    </div>
  );
}
