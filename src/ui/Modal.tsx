import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the browser's own `<dialog>` and `showModal()`: the page behind it is inert, Escape
 * closes it, and focus goes back where it was when it closes.
 */
export function Modal({ title, onClose, children }: ModalProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      // Escape asks the owner to close, so the owner's state and the dialog never disagree.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="modal m-0 mt-auto max-h-[92vh] w-full max-w-none overflow-y-auto rounded-t-2xl bg-white p-5 font-sans text-stone-900 shadow-2xl backdrop:bg-stone-950/50 sm:m-auto sm:max-w-2xl sm:rounded-2xl dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id={titleId} className="mb-4 text-lg font-bold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
