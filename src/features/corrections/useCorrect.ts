import { useCallback } from 'react';
import type { Article } from '../../core/schema';

// Corrections are rare: their code loads when a reader first makes one.
const corrections = () => import('../../core/corrections');

export type Corrections = Awaited<ReturnType<typeof corrections>>;

/**
 * Applies a correction to the article and hands the corrected article on: `correct((m) => m.removeQuote(article, id))`.
 * The corrections module loads on first use.
 */
export function useCorrect(onChange: (article: Article) => void): (change: (module: Corrections) => Article) => void {
  return useCallback((change) => void corrections().then((module) => onChange(change(module))), [onChange]);
}
