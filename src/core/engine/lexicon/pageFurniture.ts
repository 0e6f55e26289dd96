/**
 * Words a web page sets around an article's text, capitalised as a label and never a name (`notNames.ts`): a picture's
 * "Photo", a wire's "Reporting" and "Editing" credits, "Updated", "Advertisement", the links to share or search.
 */
export const PAGE_FURNITURE: ReadonlyArray<string> = [
  'Photo',
  'Cover',
  'Reporting',
  'Editing',
  'Additional',
  'Updated',
  'Read',
  'Share',
  'Advertisement',
  'Download',
  'Search',
  'Trends',
];
