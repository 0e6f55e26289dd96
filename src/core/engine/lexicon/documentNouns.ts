/**
 * Nouns for documents that can be quoted as a source (`docs/annotation-guide.md`: "documents, studies … a list
 * with the description"): "according to court records", "a JPL-led study has shown that", "the partially unsealed
 * affidavit". A document that speaks is an organisation source. Lower case, singular and plural.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'record',
  'records',
  'document',
  'documents',
  'papers',
  'affidavit',
  'indictment',
  'complaint',
  'filing',
  'filings',
  'transcript',
  'report',
  'reports',
  'study',
  'studies',
  'survey',
  'poll',
  'memo',
  'letter',
  'posting',
  'post',
  'statement',
  'release',
  'data',
  'figures',
  'analysis',
  'audit',
  'census',
  'resolution',
  'resolutions',
  'email',
  'emails',
]);
