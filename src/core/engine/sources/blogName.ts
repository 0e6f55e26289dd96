import type { Located } from '../attribution/types';

/** A blog's or a site's noun right before the name: "the blog Salmón wrote", "the website Madrilonia.org". */
const MEDIUM_BEFORE = /(?<!\p{L})(?:the\s+)?(?:blog|website|webzine)\s+$/iu;
/** The blog's noun right after the name, not a post of it: "Kettős Mérce blog reported", not "Kettős Mérce blog post". */
const MEDIUM_AFTER = /^\s+blog\b(?!\s+(?:post|posts|entry|entries|article|articles)\b)(?![’'-])/u;
/** Its writers, of or at it: "the authors of La Joven Cuba said", "the collective of female bloggers at La Scandaleuse". */
const WRITERS_BEFORE = /(?<!\p{L})(?:authors|writers|bloggers|contributors|editors)\s+(?:of|at)\s+$/u;

/**
 * A name the text gives a blog or its collective of writers, which speaks as an organisation though the name reads as a
 * person's (`docs/annotation-guide.md`, "Sources": "a blog or a publication quoted as such"): "the blog Salmón wrote"
 * (gv-spain-nomoreeuros-bankia-2012-05-10), "Kettős Mérce blog reported" (gv-hungary-oligarch-buzzword-2012-05-09),
 * "the authors of La Joven Cuba said" (gv-cuba-bloggers-meeting-controversy-2012-05-05). One writing on a blog of
 * another name ("On his blog Room 404, Ido Kenan") or a name's own blog ("on Pierre's blog") is a person still. The
 * mention (UTF-16 offsets, half-open, in its block `text`) and the words that make it a blog are the evidence.
 */
export function typeFromBlogName(text: string, mention: Located): { type: 'organisation'; evidence: Located } | null {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const medium = MEDIUM_BEFORE.exec(before) ?? WRITERS_BEFORE.exec(before);
  // "as Jo points out in the blog Jo's Department": a blog's name that goes on past the mention is not the person's.
  const namesMore = /^(?:['’]s\b|\s+\p{Lu})/u.test(text.slice(mention.end, mention.end + 3));
  if (medium && !namesMore) return { type: 'organisation', evidence: { ...mention, start: mention.start - medium[0].length } };
  const after = MEDIUM_AFTER.exec(text.slice(mention.end, mention.end + 40));
  return after ? { type: 'organisation', evidence: { ...mention, end: mention.end + after[0].length } } : null;
}
