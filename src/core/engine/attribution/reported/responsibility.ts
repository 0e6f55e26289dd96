/**
 * "claimed responsibility for the attacks": what is claimed is the content, from "responsibility" on. A group's claim
 * of responsibility is its word that it did it (docs/annotation-guide.md, "Directive and object-noun cues").
 */
export const claimsResponsibility = (lower: string, after: string): boolean => /^claim(?:ed|s|ing)$/.test(lower) && /^\s+responsibility\s+for\s+\S/.test(after);
