/**
 * A verb, perhaps after an adverb or "also", then "him", or "her" as an object (before "to", "that" or a stop): "when the
 * chair asked him to join" (fresh NASA text, 2024), "but he told him "…"". Read on the text right after a subject, it
 * says the subject acts on another person of its gender.
 */
export const OBJECT_PRONOUN_AFTER = /^\s+(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}+\s+(?:him\b|her(?=\s+(?:to|that)\b|[,.;:]))/u;
