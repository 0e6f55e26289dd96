import { useEffect } from 'react';

/**
 * Names the browser tab (and so its history entry and a bookmark) after what the page shows, "<what> · Who said
 * what", and gives the page's own title back when the component goes.
 */
export function useDocumentTitle(what: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = `${what} · Who said what`;
    return () => {
      document.title = before;
    };
  }, [what]);
}
