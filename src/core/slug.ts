/** Lower-case ASCII words joined by dashes, accents dropped: "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev". */
export function slugify(text: string, fallback: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || fallback;
}
