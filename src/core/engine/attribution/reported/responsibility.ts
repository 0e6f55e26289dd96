/**
 * "claimed responsibility for the attacks": what is claimed is the content, from "responsibility" on. A group's claim
 * of responsibility is its word that it did it (docs/annotation-guide.md, "Directive and object-noun cues"); a denial of
 * it is its word that it did not ("Abdelbaset al-Megrahi has consistently denied responsibility for the attack",
 * wikinews-lockerbie-convict-al-megrahi-buried-2012-05-20; "Police denied responsibility for the injuries",
 * voa-zimbabwe-police-say-union-leaders-hurt-escape-2006-10-03).
 */
export const claimsResponsibility = (lower: string, after: string): boolean =>
  /^(?:claim(?:ed|s|ing)|den(?:ied|ies|y|ying))$/.test(lower) && /^\s+responsibility\s+for\s+\S/.test(after);
