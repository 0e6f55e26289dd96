import { useId } from 'react';

export interface SourceFieldsProps {
  url: string;
  outlet: string;
  onChange: (change: { url: string } | { publisher: string }) => void;
  disabled: boolean;
}

const FIELD = 'min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-950';

/** Where a pasted article was published, kept with it; a saved web page fills these in itself. */
export function SourceFields({ url, outlet, onChange, disabled }: SourceFieldsProps) {
  const id = useId();
  const optional = <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>;
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2">
      <div>
        <p className="mb-1 text-sm">
          <label htmlFor={`${id}-url`} className="font-semibold">
            URL
          </label>{' '}
          {optional}
        </p>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          value={url}
          onChange={(event) => onChange({ url: event.target.value })}
          disabled={disabled}
          className={FIELD}
        />
      </div>
      <div>
        <p className="mb-1 text-sm">
          <label htmlFor={`${id}-outlet`} className="font-semibold">
            Outlet
          </label>{' '}
          {optional}
        </p>
        <input id={`${id}-outlet`} value={outlet} onChange={(event) => onChange({ publisher: event.target.value })} disabled={disabled} className={FIELD} />
      </div>
    </div>
  );
}
