import { useQuery } from '@tanstack/react-query';
import { articleQuery } from './useArticle';

/** An article once one is chosen (read from the library, or fetched); nothing is read while none is. */
export function useChosenArticle(id: string | null) {
  return useQuery({ ...articleQuery(id ?? ''), enabled: id !== null });
}
