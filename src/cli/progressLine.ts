const WIDTH = 24;

/**
 * A progress bar on stderr, redrawn in place on a terminal. Where stderr is a file or a pipe, a redrawn
 * line would only pile up, so nothing is drawn: the summary at the end says what was done.
 */
export function progressLine(total: number, stream: NodeJS.WriteStream = process.stderr): { tick: (done: number) => void; end: () => void } {
  const draw = stream.isTTY === true;
  const tick = (done: number) => {
    if (!draw) return;
    const filled = total === 0 ? WIDTH : Math.round((WIDTH * done) / total);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} articles`);
  };
  tick(0);
  return { tick, end: () => draw && stream.write('\n') };
}
