/**
 * Verbs that report speech through an object and a fixed preposition: "accused A of B", "credited A with B",
 * "likened A to B", "hailed A as B", "blamed A for B", "described A as B" (docs/annotation-guide.md, "Directive and object-noun cues"). Each pairs a form,
 * lower case, with its preposition; without that preposition the verb reports nothing here.
 */
export const OBJECT_FRAME_VERBS: ReadonlyArray<readonly [verb: string, preposition: string]> = [
  ['accused', 'of'],
  ['accuses', 'of'],
  ['accusing', 'of'],
  ['credited', 'with'],
  ['credits', 'with'],
  ['likened', 'to'],
  ['likens', 'to'],
  ['hailed', 'as'],
  ['hails', 'as'],
  // "He described it as a modular switch that distributes the system’s power supply …" (usgov-nasa-wallops-suborbital-
  // avionics-upgrades-2024-05-01): the description is what was said; with only words in marks after "as" the guide
  // leaves the reported form optional.
  ['described', 'as'],
  ['describes', 'as'],
  ['describing', 'as'],
  // "The Russian government dismissed the claim from Berlin as groundless." (fresh Wikinews, "Germany says Alexei Navalny
  // poisoned with Novichok", September 2020): the judgement after "as" is what was said of the object.
  ['dismissed', 'as'],
  ['dismisses', 'as'],
  ['dismissing', 'as'],
  ['blamed', 'for'],
  ['blames', 'for'],
  ['blaming', 'for'],
];
