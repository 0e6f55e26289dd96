import { useEffect, useEffectEvent, useState } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Makes the whole page a drop target for files: true while files are held over the page, and `onFiles`
 * with the files dropped anywhere the Open article dialog did not take it first. Without it the browser
 * would leave the reader to show the dropped file itself.
 */
export function usePageDrop(onFiles: (files: Array<File>) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const take = useEffectEvent(onFiles);

  useEffect(() => {
    // Entering a child fires before leaving its parent: the page is left when every enter has its leave.
    let entered = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      entered++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      entered = Math.max(0, entered - 1);
      if (entered === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      entered = 0;
      setDragging(false);
      if (event.defaultPrevented) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) take(files);
    };
    const listeners = { dragenter: enter, dragleave: leave, dragover: over, drop } as const;
    for (const [type, listener] of Object.entries(listeners)) window.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of Object.entries(listeners)) window.removeEventListener(type, listener as EventListener);
    };
  }, []);

  return dragging;
}
