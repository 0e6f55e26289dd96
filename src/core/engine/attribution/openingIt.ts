import type { SentenceRange } from '../../sentences';

/**
 * An "It" opening a sentence as the subject of a verb that an organisation does: a passive with its agent or its "as"
 * (`It is generally viewed as opposing …`), or a finite verb other than those an empty "it" takes (`It claims …`,
 * `It published …`, `It also said …`). Not "It is …", "It has …" or a modal (`It is not the first time`, `It is suspected
 * Balladur received …`, `It will take years`), nor the verbs of an "it" that stands for a clause or for nothing (`It
 * seems …`, `It took three days`, `It follows that …`, `It emerged that …`) (Quirk et al. 1985, "anticipatory it").
 */
const REFERENTIAL_IT = new RegExp(
  [
    String.raw`^\s*It\s+(?:also\s+|further\s+|later\s+)?`,
    String.raw`(?:(?:is|was|has\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+(?:as|by)\s`,
    String.raw`|(?!(?:seems|appears|remains|takes|follows|means|matters|depends|happens|looks|sounds|feels|costs|rains|snows)\b)\p{Ll}{3,}s\s`,
    String.raw`|(?!(?:seemed|appeared|remained|followed|emerged|happened|mattered|depended|looked|sounded|felt|rained|snowed|used|needed)\b)\p{Ll}{3,}ed\s)`,
  ].join(''),
  'u',
);

/**
 * Whether the sentence at `range` (UTF-16 offsets, half-open, in `text`) opens on an "It" that is its subject and
 * stands for something the text named before (`REFERENTIAL_IT`): "Mediapart is a respected left-wing investigative
 * website. It is generally viewed as opposing Sarkozy's right-wing regime. It claims money was laundered …"
 * (wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29). A name after the verb
 * is then its object, not whom the sentence is about.
 */
export const opensOnReferentialIt = (text: string, range: SentenceRange): boolean => REFERENTIAL_IT.test(text.slice(range.start, range.end));
