/**
 * The honorifics the first pass cuts from a run's front (`nameAffixes.ts`) that only a person's name follows: "the
 * director of IEDCR, Dr Meerjady Sabrina Flora, said" (wikinews-bangladesh-five-new-covid-19-deaths-daily-highest-2020-
 * 04-08). Written as in text, without a full stop.
 */
export const PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Dr']);
