import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadArticle } from './loadArticle';

function articleQuery(id: string) {
  return queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => loadArticle(id, signal),
    staleTime: Infinity,
    // A bad file stays bad and a failed request is the reader's to retry: the alert offers Try again.
    retry: false,
  });
}

export function useArticle(id: string) {
  return useQuery(articleQuery(id));
}
