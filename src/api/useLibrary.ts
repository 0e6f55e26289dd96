import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LibraryContents } from './library';
import { libraryQuery } from './libraryQuery';
import { articleQuery } from './useArticle';

// Storage code loads beside the first article, not in the first load.
const library = () => import('./library');

const entriesOf = (contents: LibraryContents) => contents.entries;

export function useLibrary() {
  return useQuery({ ...libraryQuery, select: entriesOf });
}

export function useDeleteArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => library().then((m) => m.deleteArticle(id)),
    onSuccess: (_, id) => client.removeQueries({ queryKey: articleQuery(id).queryKey }),
    onSettled: () => client.invalidateQueries({ queryKey: libraryQuery.queryKey }),
  });
}
