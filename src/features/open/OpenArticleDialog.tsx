import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { missingHeadline } from '../../core/engine/headline';
import type { Article } from '../../core/schema';
import { Modal } from '../../ui/Modal';
import { AnalysisStatus } from './AnalysisStatus';
import { DateAndFileFields } from './DateAndFileFields';
import { HeadlineField } from './HeadlineField';
import { FileProblem, readArticleFile, textProblem } from './readArticleFile';
import { useAnalysis } from './useAnalysis';

export interface OpenArticleDialogProps {
  onClose: () => void;
  onOpened: (article: Article) => void;
  /** A file dropped on the page: read and, when it needs nothing more from the reader, analysed at once. */
  file?: File | null;
}

/** Paste, pick or drop an article; Analyze runs the engine in a worker and opens the result. */
export function OpenArticleDialog({ onClose, onOpened, file }: OpenArticleDialogProps) {
  const ids = useId();
  const [text, setText] = useState('');
  const [headline, setHeadline] = useState<string | null>(null);
  const [publishedOn, setPublishedOn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const { analyze, cancel, progress, running } = useAnalysis();
  const missing = useMemo(() => missingHeadline(text), [text]);
  const writtenHeadline = headline ?? missing?.suggestion ?? '';

  const run = async (raw: string, withHeadline: string | null) => {
    setProblem(null);
    const trimmed = raw.trim();
    const refused = textProblem(trimmed) ?? (withHeadline !== null && !withHeadline.trim() ? 'Write a headline: the text starts with a paragraph.' : null);
    if (refused) {
      setProblem(refused);
      return;
    }
    try {
      const article = await analyze({ raw: trimmed, publishedOn: publishedOn || null, headline: withHeadline });
      if (article) onOpened(article);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The analysis failed.');
    }
  };

  const takeFile = async (picked: File | undefined, thenAnalyze: boolean) => {
    if (!picked) return;
    cancel();
    setProblem(null);
    setFileNote(null);
    try {
      const contents = await readArticleFile(picked);
      if (contents.kind === 'article') {
        onOpened(contents.article);
        return;
      }
      setText(contents.text);
      setHeadline(null);
      const lacking = missingHeadline(contents.text);
      if (thenAnalyze && !lacking) {
        setFileNote(`Read ${picked.name}.`);
        await run(contents.text, null);
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
  const dropped = useRef<File | null>(null);
  useEffect(() => {
    if (!file || dropped.current === file) return;
    dropped.current = file;
    void takeFile(file, true);
  });

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void takeFile(event.dataTransfer.files[0], false);
  };

  return (
    <Modal title="Open article" onClose={running ? cancel : onClose}>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={dragging ? 'rounded-xl outline-2 outline-blue-500 outline-dashed' : undefined}
      >
        <p className="mb-4 text-sm text-stone-600 dark:text-stone-300">
          Paste an article with its headline on the first line, or choose or drop a .txt, .html or exported .json file. Everything stays in this browser.
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
        <DateAndFileFields publishedOn={publishedOn} onPublishedOn={setPublishedOn} onFile={(picked) => void takeFile(picked, false)} disabled={running} />
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
      </div>
    </Modal>
  );
}
