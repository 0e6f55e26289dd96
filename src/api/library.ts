// The library's storage as the app loads it: every caller imports this one module, lazily, so that its parts come
// in a single chunk when the library is first needed. Each part lives in a module of its own:
// the database and how it opens (libraryDatabase), whole records (libraryRecords), the summaries that the library's
// views read (librarySummaries), keeping and deleting articles (libraryWrites), asking to keep it all (libraryPersistence).
export { putSummary, storageReason, writeWithSummary } from './libraryDatabase';
export { askForPersistence, storagePersistence } from './libraryPersistence';
export { getStoredArticle, isKept, readRecords, type DamagedEntry } from './libraryRecords';
export { readLibrary, readSummaries, type LibraryContents, type LibraryEntry } from './librarySummaries';
export { deleteArticle, deleteRecord, saveArticle } from './libraryWrites';
