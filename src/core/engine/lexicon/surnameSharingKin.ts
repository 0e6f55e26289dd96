/**
 * Nouns of kinship whose bearer the news takes to share the surname of the person they are the relative of: a spouse, a
 * child, a sibling ("Donald Trump's younger brother Robert", "Senator Rand Paul and his wife Kelley", English Wikinews,
 * 2020). Lower case, singular and plural. Left out: partners not married ("girlfriend"), relatives through a parent
 * who may bear another surname ("cousin", "uncle", "niece", "mother"), and "children", which named no one rightly on the
 * real articles (see `kinNouns.ts`).
 */
export const SURNAME_SHARING_KIN: ReadonlySet<string> = new Set([
  'wife',
  'husband',
  'widow',
  'widower',
  'son',
  'sons',
  'daughter',
  'daughters',
  'brother',
  'brothers',
  'sister',
  'sisters',
]);
