/**
 * Nouns for a stance that a group "expressed" in words: "Foreign journalists based in China have expressed serious
 * concerns regarding the Chinese government's attitude" (gv-china-al-jazeera-melissa-chan-expelled-2012-05-09). Not a
 * wish ("Developers expressed a strong desire to have SSL supported"), which tells what a group wants, not what it said.
 * Lower case.
 */
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'concern',
  'concerns',
  'anger',
  'outrage',
  'fears',
  'condolences',
  'frustration',
  'disappointment',
  // "WWE expressed sadness and extended condolences to the family …" (fresh Wikinews, Jon Huber, December 2020).
  'sadness',
  'regret',
  'sympathy',
  'shock',
  'dismay',
  // "some have also expressed doubts that they will receive adequate punishment …" (gv-armenia-alternative-bar-arson-attack-
  // 2012-05-09), "many Yemenis have expressed their doubts" (gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22).
  'doubt',
  'doubts',
  'skepticism',
  'scepticism',
  'reservations',
  'alarm',
  'indignation',
  'displeasure',
  'dissatisfaction',
  'disapproval',
  'solidarity',
  'gratitude',
  'worry',
  'worries',
  'fear',
  'optimism',
  'support',
  'opposition',
  // What a call asks of its listeners: "The hospital also asked for patience." (wikinews-navalny-airlifted-to-germany-
  // 2020-08-22), "called for calm", "urged restraint".
  'patience',
  'calm',
  'restraint',
]);
