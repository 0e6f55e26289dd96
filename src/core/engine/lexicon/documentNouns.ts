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
  'paper',
  'papers',
  'decree',
  'decision',
  'ruling',
  'summary',
  'description',
  'guidelines',
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
  // "The likely reason for this significant difference was lack of oxygen for non-respiratory purposes, the research
  // reported." (wikinews-seager-2020-12-25): a published piece of research, as "the study" is.
  'research',
  'survey',
  'poll',
  // "Public opinion polls say a majority of Americans believe …" (wikinews-bush-urges-us-allies-middle-east-peace-talks-2008-01-06): polls
  // report what those asked said, as a survey does.
  'polls',
  'memo',
  'letter',
  'posting',
  'post',
  'statement',
  'notice',
  // "…", read the warning (wikinews-hurricane-lorenzo-hits-azores-2019-10-02): a weather service's or an authority's
  // published warning speaks in its issuer's words.
  'warning',
  'warnings',
  // "the NHC advisory indicated Dorian's maximum sustained winds were near 180 mph"
  // (wikinews-hurricane-dorian-category-5-landfall-bahamas-2019-09-01): a weather service's advisory, as its warning.
  'advisory',
  'advisories',
  'website',
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
  'tweet',
  'tweets',
  'comment',
  'comments',
]);
