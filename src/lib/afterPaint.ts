/**
 * Runs `run` once the next frame has been painted (in a task after that frame's animation callbacks), so that
 * the frame answering the reader is not held up by it. Returns a function that cancels it.
 */
export function afterPaint(run: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
