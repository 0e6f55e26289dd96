/**
 * Regular-expression source for a link language tag, as Global Voices writes one after a linked name or quote:
 * `[es]`, `[zh]`, `[es/ca]` (two languages), `[es-MX]` or `[pt-BR]` (a language and its region); its posts of 2009 write
 * the code capitalised (`[Ar]`, `[Fr]`), which is read only for the codes those posts use, since an editor's bracketed
 * word in a quote may be capitalised too (`[We]`, `[In]`, `[The]`). The tag says which
 * language the linked page is in; it is never a word of a name or a quote. Every pass that steps over such tags builds
 * its pattern from this one source, so that all of them accept the same tags.
 *
 * Source: Global Voices' style of marking non-English links (the tags in its WordPress exports, CC BY 3.0).
 */
export const LANGUAGE_TAG = String.raw`\[(?:[a-z]{2,3}|Ar|Fr|Es|Pt|Ru|Zh|Mg|Fa)(?:[-/][A-Za-z]{2,4})*\]`;
