import { LibraryDesk } from '../features/library/LibraryDesk';
import { LibraryOverview } from '../features/overview/LibraryOverview';
import { useOverviewUrl } from '../features/overview/useOverviewUrl';

export interface OverviewPageProps {
  /** The article the reader came from, to go back to. */
  articleId: string;
  headline: string | undefined;
}

/**
 * The Library overview with the library's list beside its figures, where an article can be deleted (and the deletion
 * undone) as in the reader's side column. A chunk of its own, loaded when the reader asks for the overview.
 */
export function OverviewPage({ articleId, headline }: OverviewPageProps) {
  const { backTo } = useOverviewUrl();
  return <LibraryOverview articleId={articleId} headline={headline} libraryPanel={<LibraryDesk articleId={articleId} onBackTo={backTo} />} />;
}
