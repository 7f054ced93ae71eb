// Names made from a resume's own keys: the id and the heading of a section of one's own, the label
// of a field.

/** A section id for a key of the resume's own: letters, digits, - and _ only. */
export function slugOf(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
}

/** "academicService" → "Academic Service", "work_experience" → "Work Experience". */
export function readableKey(key: string): string {
  return key
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
