/** What the page shows while a file is held over it. */
export function DropOverlay() {
  return (
    <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-blue-950/50 p-6 font-sans">
      <p className="rounded-2xl border-4 border-dashed border-blue-400 bg-white px-10 py-8 text-center text-xl font-semibold text-blue-900 shadow-2xl dark:bg-stone-900 dark:text-blue-200">
        Drop to open this file
        <span className="mt-1 block text-sm font-normal text-stone-600 dark:text-stone-300">
          .txt, .html or exported .json articles, or a .jsonl or .csv of many
        </span>
      </p>
    </div>
  );
}
