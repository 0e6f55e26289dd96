import { use } from 'react';
import type { ReadingControlsProps } from './ReadingControls';

type Module = typeof import('./ReadingControls');

let loading: Promise<Module | null> | null = null;
/** The module once it is in, null if it could not load. */
let loaded: Module | null | undefined;

/**
 * The reading bar's code (ReadingControls, its buttons and its keys), fetched once; it stays out of the first load
 * (about 1.6 KB of it gzipped), as the page's first view shows the bar as the build wrote it and a click on a quote does
 * not need it. src/app/main.tsx asks for it as the page's code starts, so that it is in before React takes the bar over
 * (after the text: Reader's boundary around it). The build's first view (src/app/prerender.tsx) waits for it. A failed
 * load is not tried again: the page goes on without the bar rather than ask on every render.
 */
export function loadReadingControls(): Promise<Module | null> {
  loading ??= import('./ReadingControls').then(
    (module) => (loaded = module),
    () => (loaded = null),
  );
  return loading;
}

/**
 * ReadingControls once its code is in. Until then it suspends: taking over the first view, React keeps the bar the page
 * carries and takes it over once the code comes; rendering the page itself, the bar appears with it.
 */
export function ReadingBar(props: ReadingControlsProps) {
  if (loaded === undefined) use(loadReadingControls());
  return loaded ? <loaded.ReadingControls {...props} /> : null;
}
