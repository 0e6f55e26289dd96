import { queryOptions } from '@tanstack/react-query';

// Storage code loads beside the first article, not in the first load.
const library = () => import('./library');

/** The library as read (api/library's readLibrary), shared by the Library panel and the views of the whole library. */
export const libraryQuery = queryOptions({ queryKey: ['library'], queryFn: () => library().then((m) => m.readLibrary()), staleTime: Infinity });
