import type { EntityRegistry } from './registry';

/**
 * A sum written with its currency's letters before the figure: "K500 million" (Zambian kwacha), "KSh17.3 million"
 * (Kenyan shillings), "R20 billion" (rand). Its capital makes it look like an acronym, an organisation's name.
 */
const CURRENCY_FIGURE = /^\p{Lu}\p{L}{0,2}\d[\d,.]*$/u;
/** The size word after the figure, which no name of a group ("G20") or a model ("A380") is ever followed by. */
const MAGNITUDE = /^\s+(?:million|billion|trillion|thousand|bn)\b/;

/**
 * Clears the mentions of every organisation or person whose name is a sum (`CURRENCY_FIGURE`) that the text writes with
 * its size at least once: "President Sata also demanded a retraction, an apology and K500 million from a University of
 * Zambia (Unza) lecturer …" (gv-zambia-sata-sues-critics-defamation-2012-05-21) names no "K500".
 */
export function dropMoneyAmounts({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values()) {
    if (entity.type === 'place' || !CURRENCY_FIGURE.test(entity.name)) continue;
    if (entity.mentions.some((m) => MAGNITUDE.test((texts[m.block] ?? '').slice(m.end, m.end + 12)))) entity.mentions = [];
  }
}
