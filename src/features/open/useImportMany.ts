import { useCallback, useEffect, useRef, useState } from 'react';
import { useKeepNewArticle } from '../../api/useKeepNewArticle';
import { rowSource, rowText, type ArticleSource } from '../../core/articleRows';
import { missingHeadline } from '../../core/engine/headline';
import type { Article } from '../../core/schema';
import { FileProblem, readArticleFile, textProblem } from './readArticleFile';
import { useAnalysis } from './useAnalysis';

/** One article to bring in: a file, or one row of a .jsonl or .csv file. */
type Item = { label: string } & ({ raw: string; source: ArticleSource } | { article: Article } | { problem: string });

/** What came of one file or row; an article kept, or one the library already held (the same text gives the same id), has its id. */
export type ImportOutcome = { label: string } & ({ status: 'added' | 'duplicate'; headline: string; id: string } | { status: 'failed'; reason: string });

export interface ImportState {
  total: number;
  outcomes: Array<ImportOutcome>;
  /** The file or row being analysed now. */
  current: string | null;
  finished: boolean;
  cancelled: boolean;
}

const NO_SOURCE: ArticleSource = { url: null, publisher: null, publishedOn: null };

async function itemsOf(file: File): Promise<Array<Item>> {
  try {
    const contents = await readArticleFile(file);
    if (contents.kind === 'article') return [{ label: file.name, article: contents.article }];
    if (contents.kind === 'text') return [{ label: file.name, raw: contents.text, source: contents.source ?? NO_SOURCE }];
    return contents.rows.map((row) => {
      const label = `${file.name}, row ${row.row}`;
      return row.ok ? { label, raw: rowText(row.article), source: rowSource(row.article) } : { label, problem: `${label}: ${row.problem}.` };
    });
  } catch (error) {
    return [{ label: file.name, problem: error instanceof FileProblem ? error.message : `${file.name} could not be read.` }];
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads the files, then analyses their articles in the worker one after another and keeps each new one
 * in the library. cancel() stops after the article in hand is dropped; what was kept stays kept.
 */
export function useImportMany(files: ReadonlyArray<File>) {
  const { analyze, cancel: stopAnalysis, progress } = useAnalysis();
  const keep = useKeepNewArticle();
  const [state, setState] = useState<ImportState>({ total: files.length, outcomes: [], current: null, finished: false, cancelled: false });
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => {
    let stopped = false;
    // Unmounted (or run twice by StrictMode): this run's late answers are not the reader's any more.
    let disposed = false;
    const halted = new Promise<null>((resolve) => {
      stop.current = () => {
        stopped = true;
        resolve(null);
      };
    });
    const update = (change: (s: ImportState) => ImportState) => {
      if (!disposed) setState(change);
    };
    const record = (outcome: ImportOutcome) => update((s) => ({ ...s, outcomes: [...s.outcomes, outcome] }));
    const bring = async (item: Item) => {
      if ('problem' in item) return record({ label: item.label, status: 'failed', reason: item.problem });
      let article: Article | null;
      if ('article' in item) article = item.article;
      else {
        const refused = textProblem(item.raw.trim());
        if (refused) return record({ label: item.label, status: 'failed', reason: refused });
        const { url, publisher, publishedOn } = item.source;
        // A text without a headline takes its first sentence as one, as the dialog offers for a single text.
        const headline = missingHeadline(item.raw)?.suggestion ?? null;
        article = await Promise.race([analyze({ raw: item.raw.trim(), publishedOn, headline, url, publisher }), halted]);
      }
      if (!article || stopped) return;
      const status = await keep(article);
      record({ label: item.label, status, headline: article.headline.text, id: article.id });
    };
    void (async () => {
      const items = (await Promise.all(files.map(itemsOf))).flat();
      update((s) => ({ ...s, total: items.length }));
      for (const item of items) {
        if (stopped) break;
        update((s) => ({ ...s, current: item.label }));
        await bring(item).catch((error: unknown) => record({ label: item.label, status: 'failed', reason: reasonOf(error) }));
      }
      update((s) => ({ ...s, current: null, finished: true, cancelled: stopped }));
    })();
    return () => {
      disposed = true;
      stop.current?.();
    };
  }, [files, analyze, keep]);

  const cancel = useCallback(() => {
    stop.current?.();
    stopAnalysis();
  }, [stopAnalysis]);

  return { ...state, stage: progress?.stage ?? null, cancel };
}
