// BCP 47 language tags as people write them in a resume: "de", "pt-BR", "pt_BR", "zh-TW".
import { remembered } from '../remembered';

// Language, then subtags of 2 to 8 letters or digits: no extensions or private use.
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
// Scripts written right to left (ISO 15924), for tags such as "pa-Arab" as well as "ar" or "fa".
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

// Intl takes microseconds per call, and every render asks about the same few tags: the answers are
// remembered across renders, a bounded number of them since the tags come from resumes.
const TAGS_REMEMBERED = 256;

const canonicalTag = remembered((value: string): string | undefined => {
  const text = value.trim().replace(/_/g, '-');
  if (!TAG.test(text)) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    return canonical && !canonical.startsWith('und') ? canonical : undefined;
  } catch {
    return undefined; // well-formed but not valid, such as "en-12"
  }
}, TAGS_REMEMBERED);

/** The canonical form of a language tag ("pt_br" → "pt-BR"), or undefined for anything else. */
export function languageTag(value: unknown): string | undefined {
  return typeof value === 'string' ? canonicalTag(value) : undefined;
}

export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

// The script of each language the theme has labels for, whatever the region, as Intl's likely
// subtags say (a test checks every region): a process's first maximize() loads ICU's data for it,
// about 7 ms of a new process's first render. Chinese is not among them: its script is the region's.
export const SCRIPT_OF_LANGUAGE: ReadonlyMap<string, string> = new Map([
  ['ar', 'Arab'],
  ['cs', 'Latn'],
  ['de', 'Latn'],
  ['en', 'Latn'],
  ['es', 'Latn'],
  ['fa', 'Arab'],
  ['fr', 'Latn'],
  ['he', 'Hebr'],
  ['hi', 'Deva'],
  ['id', 'Latn'],
  ['it', 'Latn'],
  ['ja', 'Jpan'],
  ['ko', 'Kore'],
  ['nl', 'Latn'],
  ['pl', 'Latn'],
  ['pt', 'Latn'],
  ['ru', 'Cyrl'],
  ['sv', 'Latn'],
  ['tr', 'Latn'],
  ['uk', 'Cyrl'],
  ['ur', 'Arab'],
  ['vi', 'Latn'],
]);

/** A tag with a subtag of four letters names its script ("sr-Latn", "en-Shaw"): Intl reads it. */
const HAS_SCRIPT = /-[a-z]{4}(?:-|$)/i;

/** The script a tag is most likely written in ("zh-TW" → "Hant", "fa" → "Arab"), when Intl knows it. */
export const likelyScript = remembered((tag: string): string | undefined => {
  const known = HAS_SCRIPT.test(tag) ? undefined : SCRIPT_OF_LANGUAGE.get(primaryLanguage(tag));
  if (known) return known;
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}, TAGS_REMEMBERED);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  const script = likelyScript(tag);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primaryLanguage(tag)) ? 'rtl' : 'ltr';
}
