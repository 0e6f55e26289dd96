import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { missingHeadline } from '../../core/engine/headline';
import type { Article } from '../../core/schema';
import { Modal } from '../../ui/Modal';
import { AnalysisStatus } from './AnalysisStatus';
import { DateAndFileFields } from './DateAndFileFields';
import { DropZone } from './DropZone';
import { HeadlineField } from './HeadlineField';
import { ImportMany } from './ImportMany';
import { FileProblem, readArticleFile, textProblem } from './readArticleFile';
import { SourceFields } from './SourceFields';
import { useAnalysis } from './useAnalysis';

export interface OpenArticleDialogProps {
  onClose: () => void;
  onOpened: (article: Article) => void;
  /**
   * Files dropped on the page. One is read and, when it needs nothing more from the reader, analysed at
   * once; several, or a .jsonl or .csv file of many articles, are brought into the library together.
   */
  files?: ReadonlyArray<File> | null;
}

/** Paste, pick or drop an article; Analyze runs the engine in a worker and opens the result. */
export function OpenArticleDialog({ onClose, onOpened, files }: OpenArticleDialogProps) {
  const ids = useId();
  const [text, setText] = useState('');
  const [headline, setHeadline] = useState<string | null>(null);
  const [source, setSource] = useState({ url: '', publisher: '', publishedOn: '' });
  const edit = (change: Partial<typeof source>) => setSource((was) => ({ ...was, ...change }));
  const [batch, setBatch] = useState<ReadonlyArray<File> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const { analyze, cancel, progress, running } = useAnalysis();
  const missing = useMemo(() => missingHeadline(text), [text]);
  const writtenHeadline = headline ?? missing?.suggestion ?? '';

  // A file read just now gives its source directly: the fields it fills show it only after this render.
  const run = async (raw: string, withHeadline: string | null, from = source) => {
    setProblem(null);
    const trimmed = raw.trim();
    const refused = textProblem(trimmed) ?? (withHeadline !== null && !withHeadline.trim() ? 'Write a headline: the text starts with a paragraph.' : null);
    if (refused) {
      setProblem(refused);
      return;
    }
    try {
      const article = await analyze({
        raw: trimmed,
        headline: withHeadline,
        publishedOn: from.publishedOn || null,
        url: from.url.trim() || null,
        publisher: from.publisher.trim() || null,
      });
      if (article) onOpened(article);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The analysis failed.');
    }
  };

  const takeFiles = async (given: ReadonlyArray<File>, thenAnalyze: boolean) => {
    const picked = given[0];
    if (!picked) return;
    cancel();
    if (given.length > 1) return setBatch(given);
    setProblem(null);
    setFileNote(null);
    try {
      const contents = await readArticleFile(picked);
      if (contents.kind === 'article') return onOpened(contents.article);
      if (contents.kind === 'rows') return setBatch(given);
      const found = contents.source;
      const read = { url: found?.url ?? source.url, publisher: found?.publisher ?? source.publisher, publishedOn: found?.publishedOn ?? source.publishedOn };
      setText(contents.text);
      setHeadline(null);
      setSource(read);
      const lacking = missingHeadline(contents.text);
      if (thenAnalyze && !lacking) {
        setFileNote(`Read ${picked.name}.`);
        await run(contents.text, null, read);
        return;
      }
      setFileNote(
        lacking
          ? `Read ${picked.name}: it starts without a headline. Check the headline and the text below, then Analyze.`
          : `Read ${picked.name}: check the text below, then Analyze.`,
      );
    } catch (error) {
      setProblem(error instanceof FileProblem ? error.message : `${picked.name} could not be read.`);
    }
  };

  // Each dropped file is taken once, however often the dialog renders.
  const dropped = useRef<ReadonlyArray<File> | null>(null);
  useEffect(() => {
    if (!files || dropped.current === files) return;
    dropped.current = files;
    void takeFiles(files, true);
  });

  if (batch) return <ImportMany files={batch} onClose={onClose} />;

  return (
    <Modal title="Open article" onClose={running ? cancel : onClose}>
      <DropZone onFiles={(dropped) => void takeFiles(dropped, false)}>
        <p className="mb-4 text-sm text-stone-600 dark:text-stone-300">
          Paste an article with its headline on the first line, or choose or drop .txt, .html or exported .json files, or a .jsonl or .csv file of many
          articles. Everything stays in this browser.
        </p>
        <label htmlFor={`${ids}-text`} className="mb-1 block text-sm font-semibold">
          Article text
        </label>
        <textarea
          id={`${ids}-text`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={10}
          disabled={running}
          className="w-full rounded-lg border border-stone-300 bg-white p-3 font-serif text-base dark:border-stone-700 dark:bg-stone-950"
          placeholder={'Headline on the first line\n\nThen the paragraphs…'}
        />
        {missing && <HeadlineField line={missing.line} value={writtenHeadline} disabled={running} onChange={setHeadline} />}
        <SourceFields url={source.url} outlet={source.publisher} onChange={edit} disabled={running} />
        <DateAndFileFields
          publishedOn={source.publishedOn}
          onPublishedOn={(publishedOn) => edit({ publishedOn })}
          onFiles={(picked) => void takeFiles(picked, false)}
          disabled={running}
        />
        <AnalysisStatus fileNote={fileNote} problem={problem} progress={progress} />
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button
            type="button"
            onClick={running ? cancel : onClose}
            className="min-h-11 rounded-lg border border-stone-300 px-4 font-medium dark:border-stone-700"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={() => void run(text, missing ? writtenHeadline : null)}
            disabled={running}
            className="min-h-11 rounded-lg bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-blue-300 dark:text-blue-950"
          >
            Analyze
          </button>
        </div>
      </DropZone>
    </Modal>
  );
}
