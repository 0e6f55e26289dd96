/**
 * Two lower-case particles that open a Spanish, French, Dutch or German surname together: "Jean-Pierre de la Croix"
 * (NASA, CADRE rovers, 2024), "Ursula von der Leyen", "Marisol de los Santos", "Rafael van der Vaart". A run of
 * capitalised words continues across such a pair when a capital follows, as it does across one connector. Lower case.
 */
export const PARTICLE_PAIRS: ReadonlySet<string> = new Set(['de la', 'de las', 'de los', 'van der', 'van den', 'van de', 'von der', 'von dem']);
