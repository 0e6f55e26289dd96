import { findBlock } from '../core/article';
import type { Article } from '../core/schema';
import { snapToWords } from '../core/words';

/** Where a reader's text selection lies: one block of the article, as offsets into the block's text. */
export interface BlockSelection {
  blockId: string;
  start: number;
  end: number;
}

function offsetIn(block: Element, node: Node, offset: number): number {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    const skip = current.parentElement?.closest('[data-nontext]');
    if (current === node) return skip ? total : total + offset;
    if (!skip) total += current.textContent?.length ?? 0;
  }
  // The selection ends on an element boundary: count the text before that child.
  if (node.nodeType === Node.ELEMENT_NODE) {
    const child = node.childNodes[offset];
    if (child) {
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEndBefore(child);
      return offsetIn(block, range.endContainer, range.endOffset);
    }
  }
  return total;
}

/** Whether `range` selects any words past the end of `block`. */
function textAfter(block: Element, range: Range): boolean {
  const after = document.createRange();
  after.setStartAfter(block);
  after.setEnd(range.endContainer, range.endOffset);
  return after.toString().trim() !== '';
}

/**
 * The current selection as offsets into one block's text (elements marked data-nontext, such as speaker
 * tags, are not the article's words), or null when nothing, or more than one block, is selected.
 */
function selectionInBlock(root: Element): BlockSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const startBlock = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest('[data-block-id]');
  const endBlock = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest('[data-block-id]');
  if (!startBlock || !root.contains(startBlock)) return null;
  const blockId = startBlock.getAttribute('data-block-id');
  if (!blockId) return null;
  // A triple click on a paragraph ends its selection at the start of what follows: the block is still all it holds.
  const wholeBlock = startBlock !== endBlock && !textAfter(startBlock, range);
  if (startBlock !== endBlock && !wholeBlock) return null;
  let start = offsetIn(startBlock, range.startContainer, range.startOffset);
  let end = wholeBlock ? offsetIn(startBlock, startBlock, startBlock.childNodes.length) : offsetIn(startBlock, range.endContainer, range.endOffset);
  if (end < start) [start, end] = [end, start];
  return end > start ? { blockId, start, end } : null;
}

/**
 * Calls `read` now, and once more on the next `selectionchange` within 300 ms: Chromium can settle a triple click's
 * paragraph selection after the mouse-up that made it, which would otherwise be read as the selection before.
 */
export function readNowAndOnSettle(read: () => void): void {
  // Held here, so that the timer, which nothing else cancels, can still stop after its page is gone (a test's document torn down).
  const doc = document;
  const w = window;
  const again = () => {
    stop();
    read();
  };
  const timer = w.setTimeout(() => stop(), 300);
  const stop = () => {
    doc.removeEventListener('selectionchange', again);
    w.clearTimeout(timer);
  };
  doc.addEventListener('selectionchange', again);
  read();
}

/**
 * Reads the reader's selection in `article`, snapped to whole words, into `set` (null when nothing, or more than one
 * block, is selected), now and once more as it settles. Snapping and reading come with this module, so neither weighs
 * on the first load.
 */
export function readWordSelection(article: Article, set: (selection: BlockSelection | null) => void): void {
  readNowAndOnSettle(() => {
    const found = selectionInBlock(document.querySelector('article') ?? document.body);
    const text = found ? findBlock(article, found.blockId)?.block.text : undefined;
    set(found && text !== undefined ? { blockId: found.blockId, ...snapToWords(text, found.start, found.end) } : null);
  });
}

/**
 * Reads the reader's selection in `article` into `set` now if words are already selected, and again each time the
 * selection has stood still for a moment, until the returned function is called. On a phone words are chosen by
 * holding a word and dragging the selection's handles, which send the page no mouse-up or key-up: without this the
 * reader was never offered to add them as a quote (newuser36, a 390 px touch screen, 5 December 2026).
 */
export function followWordSelection(article: Article, set: (selection: BlockSelection | null) => void): () => void {
  const read = () => readWordSelection(article, set);
  if (window.getSelection()?.isCollapsed === false) read();
  let timer = 0;
  const moved = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(read, 400);
  };
  document.addEventListener('selectionchange', moved);
  return () => {
    window.clearTimeout(timer);
    document.removeEventListener('selectionchange', moved);
  };
}
