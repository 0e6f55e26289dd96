import { ANNOUNCING } from './announcingVerbs';

/**
 * Verbs, lower case, whose counted object is a figure given out: the announcing verbs (`ANNOUNCING`, taken in here) and
 * "confirmed": "has confirmed five new deaths due to COVID-19 on the day"
 * (wikinews-bangladesh-five-new-covid-19-deaths-daily-highest-2020-04-08), as "reported" is
 * (reported/announcedObject.ts reads the count as the content: docs/annotation-guide.md, "Directive and object-noun cues").
 */
export const COUNTING: ReadonlySet<string> = new Set([...ANNOUNCING, 'confirmed', 'confirms']);
