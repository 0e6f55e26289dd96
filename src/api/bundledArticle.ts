/** The article the reader opens on, served from public/articles/ and preloaded by the page. */
export const BUNDLED_ARTICLE = {
  id: 'cgtn-putin-tokayev-2022-02-10',
  headline: "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
} as const;
