import { useEffect, useMemo, useRef, useState } from 'react';
import { missingHeadline, readsAsHeadline, takeHeadline } from '../../core/engine/headline';
import type { Article } from '../../core/schema';
import { FileProblem, readArticleFile, textProblem } from './readArticleFile';
import { useAnalysis } from './useAnalysis';
import { useKeptDraft, type KeptDraft } from './useKeptDraft';

/** Why a text cannot open for its headline: an emptied headline field, a link alone, or a headline with no text under it. */
function headlineProblem(text: string, headline: string | null): string | null {
  if (headline !== null) return headline.trim() ? null : 'Write a headline: the text starts with a paragraph.';
  // A link pasted alone is the commonest first try; the reader keeps no server that could fetch the page.
  if (/^\s*https?:\/\/\S+\s*$/i.test(text))
    return 'That is a link, and the reader does not fetch pages: paste the article’s own text here, headline first. The link can go in the URL field.';
  if (/\n\s*\S/.test(text)) return null;
  return readsAsHeadline(text)
    ? 'There is only a headline: paste the article’s paragraphs under it, or choose a file.'
    : 'There is only one sentence: paste the whole article, headline first, or choose a file.';
}

/**
 * The headline to offer for a text that lacks one: as the engine finds it for several lines, and for a single
 * paragraph pasted alone (a reader checking one passage) its first sentence, when more sentences follow it.
 */
function headlineToOffer(raw: string): { line: string; suggestion: string } | null {
  const found = missingHeadline(raw);
  const line = raw.trim();
  if (found || /\n/.test(line) || readsAsHeadline(line)) return found;
  const { headline, rest } = takeHeadline(line, true);
  return rest ? { line, suggestion: headline } : null;
}

/** What the dialog says after reading a file whose text waits for the reader: its headline to check, or only the text. */
function readNote(name: string, lacksHeadline: boolean): string {
  return lacksHeadline
    ? `Read ${name}: it starts without a headline. Check the headline and the text, then Analyze.`
    : `Read ${name}: check the text, then Analyze.`;
}

/** Hands each new list of dropped files to `take` once, however often the dialog renders. */
function useEachDrop(files: ReadonlyArray<File> | null | undefined, take: (files: ReadonlyArray<File>) => void) {
  const taken = useRef<ReadonlyArray<File> | null>(null);
  useEffect(() => {
    if (!files || taken.current === files) return;
    taken.current = files;
    take(files);
  });
}

/**
 * The article a reader is about to open: the pasted or read text, its headline when the text lacks one, its
 * source, and what reading and analysing it said. `analyzeDraft` runs the engine and hands the article on;
 * `takeFiles` reads picked or dropped files (and analyses one at once when asked and it needs nothing more);
 * `batch` holds several files, or one of many articles, to bring into the library together.
 */
export function useArticleDraft(
  onOpened: (article: Article) => void,
  files: ReadonlyArray<File> | null | undefined,
  kept: KeptDraft | null = null,
  onKeep: (draft: KeptDraft | null) => void = () => {},
) {
  const [text, setText] = useState(kept?.text ?? '');
  const [headline, setHeadline] = useState<string | null>(kept?.headline ?? null);
  const [source, setSource] = useState(kept?.source ?? { url: '', publisher: '', publishedOn: '' });
  const opened = useKeptDraft(text.trim() || headline?.trim() ? { text, headline, source } : null, onKeep, onOpened);
  const edit = (change: Partial<typeof source>) => setSource((was) => ({ ...was, ...change }));
  const [batch, setBatch] = useState<ReadonlyArray<File> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const { analyze, cancel, progress, running } = useAnalysis();
  const missing = useMemo(() => headlineToOffer(text), [text]);
  const writtenHeadline = headline ?? missing?.suggestion ?? '';

  // A file read just now gives its source directly: the fields it fills show it only after this render.
  const run = async (raw: string, withHeadline: string | null, from = source) => {
    setProblem(null);
    const trimmed = raw.trim();
    const refused = textProblem(trimmed) ?? headlineProblem(trimmed, withHeadline);
    if (refused) {
      setProblem(refused);
      return;
    }
    try {
      const article = await analyze({
        raw: trimmed,
        headline: withHeadline,
        publishedOn: from.publishedOn || null,
        url: from.url.trim() || null,
        publisher: from.publisher.trim() || null,
      });
      if (article) opened(article);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The analysis failed.');
    }
  };

  const takeFiles = async (given: ReadonlyArray<File>, thenAnalyze: boolean) => {
    const picked = given[0];
    if (!picked) return;
    cancel();
    if (given.length > 1) return setBatch(given);
    setProblem(null);
    setFileNote(null);
    try {
      const contents = await readArticleFile(picked);
      if (contents.kind === 'article') return opened(contents.article);
      if (contents.kind === 'rows') return setBatch(given);
      const found = contents.source;
      const read = { url: found?.url ?? source.url, publisher: found?.publisher ?? source.publisher, publishedOn: found?.publishedOn ?? source.publishedOn };
      setText(contents.text);
      setHeadline(null);
      setSource(read);
      const lacking = missingHeadline(contents.text);
      if (thenAnalyze && !lacking) {
        setFileNote(`Read ${picked.name}.`);
        await run(contents.text, null, read);
        return;
      }
      setFileNote(readNote(picked.name, lacking !== null));
    } catch (error) {
      setProblem(error instanceof FileProblem ? error.message : `${picked.name} could not be read.`);
    }
  };

  useEachDrop(files, (dropped) => void takeFiles(dropped, true));

  const analyzeDraft = () => void run(text, missing ? writtenHeadline : null);
  return { text, setText, missing, writtenHeadline, setHeadline, source, edit, batch, problem, fileNote, progress, running, cancel, analyzeDraft, takeFiles };
}
