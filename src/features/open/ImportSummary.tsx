import type { ImportOutcome } from './useImportMany';

export interface ImportSummaryProps {
  outcomes: ReadonlyArray<ImportOutcome>;
  cancelled: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** An article brought in, as a link that opens it: the Library panel lists it too, but on a phone that is under the whole article. */
const ArticleLink = ({ id, headline }: { id: string; headline: string }) => (
  <a href={`?article=${encodeURIComponent(id)}`} className="underline underline-offset-2">
    {headline}
  </a>
);

/** What came of each file or row: added to the library, already there (each a link that opens it), or not read and why. */
export function ImportSummary({ outcomes, cancelled }: ImportSummaryProps) {
  const added = outcomes.flatMap((o) => (o.status === 'added' ? [o] : []));
  const duplicates = outcomes.flatMap((o) => (o.status === 'duplicate' ? [o] : []));
  const failed = outcomes.flatMap((o) => (o.status === 'failed' ? [o] : []));
  const said = [
    `Added ${plural(added.length, 'article', 'articles')} to the library.`,
    duplicates.length > 0 && `${plural(duplicates.length, 'was', 'were')} already there.`,
    failed.length > 0 && `${plural(failed.length, 'failed', 'failed')}.`,
    cancelled && 'Cancelled: the rest were not analysed.',
  ].filter(Boolean);
  return (
    <section role="status" aria-label="Import summary" className="mt-4 text-sm">
      <p className="font-semibold">{said.join(' ')}</p>
      {duplicates.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">Already in the library</h3>
          <ul className="mt-1 list-disc pl-5">
            {duplicates.map((o, i) => (
              <li key={i}>
                {o.label}: “<ArticleLink id={o.id} headline={o.headline} />”
              </li>
            ))}
          </ul>
        </>
      )}
      {failed.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold text-red-800 dark:text-red-300">Failed</h3>
          <ul className="mt-1 list-disc pl-5">
            {failed.map((o, i) => (
              <li key={i}>{o.reason.startsWith(o.label) ? o.reason : `${o.label}: ${o.reason}`}</li>
            ))}
          </ul>
        </>
      )}
      {added.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">Added</h3>
          <ul className="mt-1 max-h-40 list-disc overflow-y-auto pl-5">
            {added.map((o, i) => (
              <li key={i}>
                <ArticleLink id={o.id} headline={o.headline} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
