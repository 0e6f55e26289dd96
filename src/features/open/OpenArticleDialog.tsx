import { useId, useState, type DragEvent } from 'react';
import type { Article } from '../../core/schema';
import { Modal } from '../../ui/Modal';
import { FileProblem, MAX_FILE_BYTES, readArticleFile } from './readArticleFile';
import { useAnalysis } from './useAnalysis';

export interface OpenArticleDialogProps {
  onClose: () => void;
  onOpened: (article: Article) => void;
}

const MAX_TEXT_LENGTH = MAX_FILE_BYTES;

/** Paste, pick or drop an article; Analyze runs the engine in a worker and opens the result. */
export function OpenArticleDialog({ onClose, onOpened }: OpenArticleDialogProps) {
  const ids = useId();
  const [text, setText] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const { analyze, cancel, progress, running } = useAnalysis();

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setFileNote(null);
    try {
      const contents = await readArticleFile(file);
      if (contents.kind === 'article') {
        onOpened(contents.article);
        return;
      }
      setText(contents.text);
      setFileNote(`Read ${file.name}: check the text below, then Analyze.`);
    } catch (error) {
      setProblem(error instanceof FileProblem ? error.message : `${file.name} could not be read.`);
    }
  };

  const onAnalyze = async () => {
    setProblem(null);
    const raw = text.trim();
    if (!raw) {
      setProblem('There is no article text yet: paste an article (headline on the first line) or choose a file.');
      return;
    }
    if (raw.length > MAX_TEXT_LENGTH) {
      setProblem(
        `The text is ${(raw.length / 1024 / 1024).toFixed(1)} million characters; the reader analyzes articles up to ${(MAX_TEXT_LENGTH / 1024 / 1024).toFixed(0)} million.`,
      );
      return;
    }
    if (!/[\p{L}]{2}/u.test(raw)) {
      setProblem('The text has no words in it to analyze.');
      return;
    }
    try {
      const article = await analyze({ raw, publishedOn: publishedOn || null });
      if (article) onOpened(article);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The analysis failed.');
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void takeFile(event.dataTransfer.files[0]);
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
        className={dragging ? 'rounded-xl outline-2 outline-dashed outline-blue-500' : undefined}
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
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${ids}-date`} className="mb-1 block text-sm font-semibold">
              Published on <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
            </label>
            <input
              id={`${ids}-date`}
              type="date"
              value={publishedOn}
              onChange={(event) => setPublishedOn(event.target.value)}
              disabled={running}
              className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-950"
            />
          </div>
          <div>
            <label htmlFor={`${ids}-file`} className="mb-1 block text-sm font-semibold">
              Or choose a file
            </label>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".txt,.html,.htm,.json,text/plain,text/html,application/json"
              disabled={running}
              onChange={(event) => void takeFile(event.target.files?.[0])}
              className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-stone-200 file:px-3 file:font-semibold dark:file:bg-stone-700"
            />
          </div>
        </div>
        {fileNote && (
          <p role="status" className="mt-3 text-sm text-stone-700 dark:text-stone-300">
            {fileNote}
          </p>
        )}
        {problem && (
          <p
            role="alert"
            className="mt-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
          >
            {problem}
          </p>
        )}
        {progress && (
          <div role="status" className="mt-4 text-sm">
            <p>{progress.stage}…</p>
            <progress className="mt-1 w-full" max={1} value={progress.done} aria-label="Analysis progress" />
          </div>
        )}
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
            onClick={() => void onAnalyze()}
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
