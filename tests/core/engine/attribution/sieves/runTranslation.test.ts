import { expect, test } from 'vitest';
import { translatesRun } from '../../../../../src/core/engine/attribution/sieves/runTranslation';
import { analyze, attribution } from '../helpers';

// sieves/runTranslation.ts: one paragraph of English printed after a block quotation that ran over several paragraphs in
// another language. Global Voices (CC BY 3.0), development half.

// gv-mauritania-opposition-sit-in-attacked-2012-05-04: a blogger's Arabic over three short paragraphs, one English after.
const CUE = 'Mauritanian blogger Ahmed Jedou wrote:';
const ARABIC = [
  'هذا الاعتصام شاركت فيه جميع أطياف المعارضة الموريتانية',
  'من أحزاب وقوى سياسية وحركات شبابية مثل حركة 25 فبراير التي دخلت في سمر ليلي صاخب .',
  'حيث قرضوا الشعر ورددوا شعارهم الاشهر "يسقط يسقط حكم العسكر "الذي رفعوه من أكثر من عام مع بداية الربيع العربي.',
];
const ENGLISH =
  'The whole spectrum of the Mauritanian opposition took part in this sit-in: all parties, political forces, youth movements such as the 25 February movement [ar] that organised a night vigil during which they recited poems and repeated their slogan of months "Down, down with military rule", which they have been saying for more than a year since the beginning of the Arab Spring.';

test('an English paragraph as long as the whole run of Arabic before it translates the run', () => {
  const texts = [CUE, ...ARABIC, ENGLISH];
  const quotable = texts.map(() => true);
  expect(translatesRun(texts, quotable, 0, 4)).toBe(true);
  // One paragraph of another language is `translates`'s to read, not a run's.
  expect(translatesRun([CUE, ARABIC[2] ?? '', ENGLISH], [true, true, true], 0, 2)).toBe(false);
  // A short remark of the writer's after the run is no translation of it.
  const remark = 'The sit-in was broken up by security forces in the early hours of the morning.';
  expect(translatesRun([CUE, ...ARABIC, remark], [true, true, true, true, true], 0, 4)).toBe(false);
  // The run stops at the cue's paragraph: the English lead-in before it is no part of the original.
  expect(translatesRun([CUE, ...ARABIC, ENGLISH], quotable, 2, 4)).toBe(false);
});

test("the English of a blogger's Arabic over three paragraphs is the blogger's too", () => {
  const article = analyze('Mauritania: Opposition Sit-in Violently Dispersed', CUE, ...ARABIC, ENGLISH);
  expect(attribution(article, 'The whole spectrum of the Mauritanian opposition')).toMatchObject({ kind: 'direct', speaker: 'Ahmed Jedou' });
});

// gv-argentina-death-with-dignity-law-2012-05-11: a newspaper's Spanish over two paragraphs, one English after.
test("the English of a newspaper's two paragraphs of Spanish is the newspaper's too", () => {
  const article = analyze(
    'Argentina Approves Death with Dignity Law',
    'The newspaper Infobae [es] reported just after the law was passed:',
    'Tras más de cuatro horas de debate, el Senado convirtió en ley por 55 votos a favor el proyecto de muerte digna que reconoce el derecho de los pacientes "a aceptar o rechazar determinadas terapias o procedimientos médicos o biológicos con o sin expresión de causa, así como también a revocar posteriormente su manifestación de voluntad".',
    'La iniciativa indica que el paciente terminal puede rechazar procedimientos, cirugías y "medidas de soporte vital, cuando sean extraordinarias o desproporcionadas en relación a las perspectivas de mejoría" pero lo obliga a expresar su postura al facultativo, quien antes lo habrá informado sobre su real estado de salud, los tratamientos posibles y sus consecuencias.',
    'After more than four hours of debate, with 55 votes in favour, the Senate passed the death with dignity law which recognises patients\' rights "to accept or reject particular treatments or medical or biological procedures with or without justification, as well as revoking their past wishes". The initiative indicates that a patient with a terminal disease can reject procedures, surgery and "vital support methods, when they are extraordinary or disproportionate in relation to the chances of improvement". The patient is obliged to express their wishes to their doctor, who beforehand should tell the patient about their true state of health, the possible treatment options and their consequences.',
  );
  expect(attribution(article, 'After more than four hours of debate')).toMatchObject({ kind: 'direct', speaker: 'Infobae' });
});
