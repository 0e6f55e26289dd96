import { useSyncExternalStore } from 'react';

/**
 * The quote shown pressed ahead of the reader's own render: a click answers in its frame by re-rendering the one or
 * two quote buttons whose state changes, and the page around them follows after that frame is painted. Undefined
 * while the reader's selection is what the buttons show.
 */
let ahead: string | null | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The quote pressed ahead of the selection (null: none), or undefined when there is none ahead of it. */
export const pressedAhead = (): string | null | undefined => ahead;

/** Shows `quoteId` pressed now (null: no quote), or with undefined gives the buttons back to the selection. */
export function pressAhead(quoteId: string | null | undefined): void {
  ahead = quoteId;
  listeners.forEach((listener) => listener());
}

/** Whether a quote button shows pressed: as pressed ahead, or else as `selected` says. */
export function usePressed(quoteId: string, selected: boolean): boolean {
  return useSyncExternalStore(
    subscribe,
    () => (ahead === undefined ? selected : ahead === quoteId),
    () => selected,
  );
}
