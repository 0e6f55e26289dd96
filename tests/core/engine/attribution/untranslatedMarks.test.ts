import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// untranslatedMarks.ts: short words in marks inside a source's original that its English quotes nowhere are a title or a
// term, no quote. Global Voices (CC BY 3.0), development half: gv-russia-varlamov-omsk-campaign-failure-2012-05-04.

const HEADLINE = "Russia: Varlamov's Failure in Omsk";
const LEAD_IN = 'Korb writes:';
const RUSSIAN =
  'Прочитал пост Алексея Навального Варламовокацное о "Казусах Иноземцева и Каца" и сначала даже опешил. Ну зачем, зачем честный Навальный так откровенно передергивает и извращает факты, а если говорить прямо, просто врет? Ведь ему не стоило никакого труда узнать фактические обстоятельства и изложить их максимально точно. Чтобы несколькими досадными "мелочами" не смазывать общий пафос своего, в целом, верного рассуждения об ответственности гражданских лидеров.';
const ENGLISH =
  "I read Aleksei Navalny's post about the 'Inozemtsev and Kats Cases,' and at first I was actually taken aback. Why oh why is Honest Navalny so openly distorting and misrepresenting the facts -- or, put more directly, why is he simply lying? It's not as though it would have cost him any great effort to learn all the factual circumstances and represent them as accurately as possible, so that the general pathos of his fundamentally correct assessment of civic leaders' responsibility wasn't smeared with a few embarrassing 'trifles.'";

test("a post's title in marks in the Russian, which the English sets in no marks of its own, is no quote", () => {
  const article = analyze(HEADLINE, LEAD_IN, RUSSIAN, ENGLISH);
  expect(quotesOf(article).some((q) => q.text === 'Казусах Иноземцева и Каца')).toBe(false);
  expect(attribution(article, 'I read Aleksei Navalny').speaker).toBe('Korb');
});

test('a sentence in marks inside the original stays a quote', () => {
  const article = analyze(HEADLINE, LEAD_IN, RUSSIAN.replace('"Казусах Иноземцева и Каца"', '"Это война. Идёт битва за Россию."'), ENGLISH);
  expect(quotesOf(article).some((q) => q.text.startsWith('Это война'))).toBe(true);
});

// gv-spain-valencia-battle-of-almansa-remembered-2012-05-09: the English keeps the decree's words in marks.
test('words in marks that the English also sets in marks stay a quote, though too short for the engine to keep there', () => {
  const catalan =
    "La victòria de les tropes del Duc de Berwik, favorables a Felip d'Anjou, sobre l'exercit dels partidaris de l'Arxiduc Carles d'Àustria va marcar l'inici de l'ocupació borbònica del Regne de València i de la de la resta dels Països Catalans. Anys després, amb l'aplicació dels Decrets de Nova Planta i “por justo derecho de conquista”, els regnes de la Corona d'Aragó van veure suprimit el seu autogovern i les seues lleis i institucions van ser substituïdes per les de la Corona de Castella.";
  const english =
    'The Duke of Berwik\'s military victory over Archduke Charles of Austria in the name of Philip d\'Anjou marked the beginning of Bourbonic occupation in Valencia and the rest the of Catalan-speaking world. Shortly thereafter, thanks to the Nueva Planta Decrees and "by right of conquest," the various kingdoms under the Crown of Aragon lost their laws and traditions to those of Castile.';
  const article = analyze('Spain: Valencia Remembers the Battle of Almansa', 'Certain blogs explain the history:', catalan, english);
  expect(quotesOf(article).some((q) => q.text === 'por justo derecho de conquista')).toBe(true);
});

// gv-israel-racism-african-asylum-seekers-2012-05-21: the English sets only named headlines in marks.
test('a headline in marks in the Hebrew, which the English names as a headline, is no quote', () => {
  const hebrew =
    'חיוני להזכיר למנסחי הכותרות ולכתבי הפלילים כי סעיף 14 לתקנון האתיקה של מועצת העיתונות – שכותרתו "אפליה וגזענות" – אוסר לאזכר את שיוכו של עבריין או חשוד למגזר כלשהו, אלא אם יש לשיוך האמור קשר מובהק וברור לעבריינותו. [...] ברור שהכותרות "אריתריאים חשודים בתקיפה בדרום תל-אביב" ו"אפריקאי חשוד בשוד" אף הן עבירות קשות על הסעיף האמור, משום שבאזכור מוצאו האתני של העבריין יש כדי להטביע אות קין במצחם של כל בני עמו או גזעו.';
  const english =
    'It is crucial to remind editors in charge of phrasing headlines and crime reporters that Article 14 of the Ethics Regulations of the Israeli Press Council - entitled "Discrimination and Racism" - forbids mentioning the association of a criminal or a suspect with any sector of society, unless the affiliation to this group has a direct and clear connection to his crime. [...] It is clear that the headlines "Eritreans suspected of an assault in southern Tel Aviv" and "African suspected of robbery" are grave violations of the aforementioned article, because the mentioning of the criminal\'s ethnicity implicates the criminal\'s entire people or race.';
  const article = analyze('Israel: Racism Against African Asylum Seekers', 'Professor Moshe Negbi wrote:', hebrew, english);
  expect(quotesOf(article).some((q) => q.text.startsWith('אריתריאים'))).toBe(false);
});
