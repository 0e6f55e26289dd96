/**
 * Whether the attribution opens beside the text (the `lg` layout, 1024 CSS pixels and up) rather than as a sheet
 * over it, as on a phone.
 */
export const besideText = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 1024px)').matches;
