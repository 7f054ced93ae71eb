// Names made from a resume's own keys: the id and the heading of a section of one's own, the label
// of a field.
import { mapped } from '../arrays';

/** A section id for a key of the resume's own: letters, digits, - and _ only. */
export function slugOf(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
}

/** "academicService" → "Academic Service", "work_experience" → "Work Experience". */
export function readableKey(key: string): string {
  const words = key
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .split(/\s+/);
  return mapped(words, (word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

/** A value written as a code: snake_case, or capitals of five letters or more ("CONCLUIDO"), which no acronym is. */
const CODE = /^(?:[a-z]+(?:_[a-z]+)+|[A-Z]+(?:_[A-Z]+)+|[A-Z]{5,})$/;

/** A value written as a code ("in_submission", "EM_ANDAMENTO") as words: "In submission", "Em andamento". Other text as written. */
export function readableCode(value: string): string {
  if (!CODE.test(value)) return value;
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
