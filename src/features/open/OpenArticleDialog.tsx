import { useId } from 'react';
import type { Article } from '../../core/schema';
import { Modal } from '../../ui/Modal';
import { AnalysisStatus } from './AnalysisStatus';
import { DateAndFileFields } from './DateAndFileFields';
import { DropZone } from './DropZone';
import { HeadlineField } from './HeadlineField';
import { ImportMany } from './ImportMany';
import { LongTextNote } from './LongTextNote';
import { SourceFields } from './SourceFields';
import { useArticleDraft } from './useArticleDraft';
import type { KeptDraft } from './useKeptDraft';

export interface OpenArticleDialogProps {
  onClose: () => void;
  onOpened: (article: Article) => void;
  /**
   * Files dropped on the page. One is read and, when it needs nothing more from the reader, analysed at
   * once; several, or a .jsonl or .csv file of many articles, are brought into the library together.
   */
  files?: ReadonlyArray<File> | null;
  /** The draft the dialog held when it last closed unopened, to start from. */
  kept?: KeptDraft | null;
  /** Takes the unopened draft when the dialog closes (null once an article was opened from it). */
  onKeep?: (draft: KeptDraft | null) => void;
}

/** Paste, pick or drop an article; Analyze runs the engine in a worker and opens the result. */
export function OpenArticleDialog({ onClose, onOpened, files, kept, onKeep }: OpenArticleDialogProps) {
  const ids = useId();
  const draft = useArticleDraft(onOpened, files, files ? null : kept, onKeep);
  const { text, missing, source, edit, running, cancel, takeFiles } = draft;

  if (draft.batch) return <ImportMany files={draft.batch} onClose={onClose} />;

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
          onChange={(event) => draft.setText(event.target.value)}
          // The keys other editors use to send what was written: Analyze is many Tabs away, past the source's fields.
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
            event.preventDefault();
            draft.analyzeDraft();
          }}
          aria-invalid={draft.problem ? true : undefined}
          aria-describedby={draft.problem ? `${ids}-problem` : undefined}
          rows={10}
          disabled={running}
          className="w-full rounded-lg border border-stone-300 bg-white p-3 font-serif text-base dark:border-stone-700 dark:bg-stone-950"
          placeholder={'Headline on the first line\n\nThen the paragraphs…'}
        />
        <LongTextNote text={text} />
        {missing && <HeadlineField line={missing.line} value={draft.writtenHeadline} disabled={running} onChange={draft.setHeadline} />}
        <SourceFields url={source.url} outlet={source.publisher} onChange={edit} disabled={running} />
        <DateAndFileFields
          publishedOn={source.publishedOn}
          onPublishedOn={(publishedOn) => edit({ publishedOn })}
          onFiles={(picked) => void takeFiles(picked, false)}
          disabled={running}
        />
        <AnalysisStatus fileNote={draft.fileNote} problem={draft.problem} progress={draft.progress} problemId={`${ids}-problem`} />
        {/* Kept at the sheet's foot as the form scrolls: on a phone the text box alone fills the screen, and Analyze was
            below the fold. Stuck at the sheet's edge, not inside its padding, where the form would show under it. */}
        <div className="sticky -bottom-5 -mx-5 -mb-5 mt-5 flex flex-wrap justify-end gap-3 border-t border-stone-200 bg-white px-5 py-3 dark:border-stone-800 dark:bg-stone-900">
          <button
            type="button"
            onClick={running ? cancel : onClose}
            className="min-h-11 rounded-lg border border-stone-300 px-4 font-medium dark:border-stone-700"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={draft.analyzeDraft}
            disabled={running}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            className="min-h-11 rounded-lg bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-blue-300 dark:text-blue-950"
          >
            Analyze
          </button>
        </div>
      </DropZone>
    </Modal>
  );
}
