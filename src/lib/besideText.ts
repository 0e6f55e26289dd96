/**
 * Whether the attribution opens beside the text (the `lg` layout) rather than as a sheet over it, as on a phone.
 * Asked in rem, as Tailwind's `lg` is (64rem): with the browser's text set larger the page takes the sheet on a
 * laptop too, and a pixel query would still answer "beside".
 */
export const besideText = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 64rem)').matches;
