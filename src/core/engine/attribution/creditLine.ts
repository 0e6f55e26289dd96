/**
 * `– European Court of Justice`, `—The mayor of London, Sadiq Khan`, `—Łukasz Szumowski on the failed efforts to save
 * the mayor's life`: a short paragraph that opens with a dash and a capital is the credit line under a quotation or a
 * pull quote (Wikinews and agency layouts), not words anyone said, so no colon cue hands it a quote. At most 14 words.
 */
export const isCreditLine = (text: string): boolean => /^\s*[—–]\s*\p{Lu}/u.test(text) && text.trim().split(/\s+/).length <= 14;
