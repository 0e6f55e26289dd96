import type { ComponentType } from 'react';
import type { OpenArticleDialogProps } from './OpenArticleDialog';

export type Dialog = ComponentType<OpenArticleDialogProps>;

let loading: Promise<Dialog> | null = null;
let loaded: Dialog | null = null;

/**
 * The Open article dialog's code, fetched once; it stays out of the reader's first load. Not React.lazy:
 * React shows a suspended dialog no sooner than 300 ms after its fallback, even when its code comes in
 * 10 ms, so the dialog is loaded ahead (idle, hover, focus) and rendered as a plain component.
 */
export function loadDialog(): Promise<Dialog> {
  loading ??= import('./OpenArticleDialog').then(
    (module) => (loaded = module.OpenArticleDialog),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The dialog if its code is already here, to render without waiting. */
export function loadedDialog(): Dialog | null {
  return loaded;
}
