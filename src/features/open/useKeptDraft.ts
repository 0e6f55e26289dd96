import { useEffect, useRef } from 'react';
import type { Article } from '../../core/schema';

/** What a reader has written in the Open article dialog and not yet opened. */
export interface KeptDraft {
  text: string;
  headline: string | null;
  source: { url: string; publisher: string; publishedOn: string };
}

/**
 * Hands the dialog's unopened draft to `onKeep` when the dialog closes (Escape, Cancel), so that a long paste is never
 * lost by closing; null once an article was opened from it. Returns `onOpened`, which marks the draft opened first.
 */
export function useKeptDraft(
  draft: KeptDraft | null,
  onKeep: (draft: KeptDraft | null) => void,
  onOpened: (article: Article) => void,
): (article: Article) => void {
  const latest = useRef(draft);
  const opened = useRef(false);
  useEffect(() => {
    latest.current = draft;
  });
  useEffect(() => () => onKeep(opened.current ? null : latest.current), [onKeep]);
  return (article) => {
    opened.current = true;
    onOpened(article);
  };
}
