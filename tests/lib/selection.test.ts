import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readNowAndOnSettle } from '../../src/lib/selection';

describe('reading a selection that settles after the mouse-up', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the selection at once and again when a triple click settles it a moment later', () => {
    const read = vi.fn();
    readNowAndOnSettle(read);
    expect(read).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('selectionchange'));
    expect(read).toHaveBeenCalledTimes(2);
    document.dispatchEvent(new Event('selectionchange'));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('stops listening when the selection does not change soon after', () => {
    const read = vi.fn();
    readNowAndOnSettle(read);
    vi.advanceTimersByTime(300);
    document.dispatchEvent(new Event('selectionchange'));
    expect(read).toHaveBeenCalledTimes(1);
  });
});
