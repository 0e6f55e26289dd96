import { Modal } from '../../ui/Modal';
import { ProgressBar } from '../../ui/ProgressBar';
import { ImportSummary } from './ImportSummary';
import { useImportMany } from './useImportMany';

export interface ImportManyProps {
  files: ReadonlyArray<File>;
  onClose: () => void;
}

/** Brings several articles in at once, showing how many are done, and says at the end what came of each. */
export function ImportMany({ files, onClose }: ImportManyProps) {
  const { total, outcomes, current, stage, finished, cancelled, cancel } = useImportMany(files);
  const done = outcomes.length;
  const count = `${done} of ${total}`;
  return (
    <Modal title="Open article" onClose={finished ? onClose : cancel}>
      <div className="text-sm">
        <p className="font-semibold">{finished ? (cancelled ? `Stopped after ${count}` : `Done: ${count}`) : `Analysing ${count}`}</p>
        <ProgressBar className="mt-2" label="Articles analysed" max={Math.max(total, 1)} value={done} valueText={count} />
        {current && (
          <p className="mt-1 truncate text-stone-700 dark:text-stone-300">
            {current}
            {stage && ` — ${stage.toLowerCase()}…`}
          </p>
        )}
      </div>
      {finished && <ImportSummary outcomes={outcomes} cancelled={cancelled} />}
      <div className="mt-5 flex justify-end">
        <button
          type="button"
          onClick={finished ? onClose : cancel}
          className="min-h-11 rounded-lg border border-stone-300 px-4 font-medium dark:border-stone-700"
        >
          {finished ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Modal>
  );
}
