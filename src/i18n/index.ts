// Labels per locale, and months, dates to the day and numbers from Intl, for any language tag.
import type { Labels } from './labels';
import { dayFormatter, monthFormatter, numberFormatter, type FormatDay, type FormatMonth, type FormatNumber } from './format';
import { languageTag, likelyScript, primaryLanguage } from './tags';
import { ar } from './locales/ar';
import { cs } from './locales/cs';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fa } from './locales/fa';
import { fr } from './locales/fr';
import { he } from './locales/he';
import { hi } from './locales/hi';
import { id } from './locales/id';
import { it } from './locales/it';
import { ja } from './locales/ja';
import { ko } from './locales/ko';
import { nl } from './locales/nl';
import { pl } from './locales/pl';
import { pt } from './locales/pt';
import { ru } from './locales/ru';
import { sv } from './locales/sv';
import { tr } from './locales/tr';
import { uk } from './locales/uk';
import { ur } from './locales/ur';
import { vi } from './locales/vi';
import { zh } from './locales/zh';
import { zhHant } from './locales/zh-hant';
import { mapped } from '../arrays';

export type { Labels, PublicationTypeHeadings, SectionKey } from './labels';
export type { FormatDay, FormatMonth, FormatNumber } from './format';
export { fillNumber } from './format';
export { directionOf, languageTag } from './tags';
export { dominantScript } from './script';

export interface Locale {
  /** The locale whose labels are shown: "pt" for "pt-BR", "zh-Hant" for "zh-TW", "en" for a language the theme lacks. */
  tag: string;
  labels: Labels;
  formatMonth: FormatMonth;
  formatNumber: FormatNumber;
  formatDay: FormatDay;
}

const LABELS: Record<string, Labels> = {
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  sv,
  pl,
  cs,
  ru,
  uk,
  tr,
  zh,
  'zh-Hant': zhHant,
  ja,
  ko,
  vi,
  id,
  hi,
  ar,
  he,
  fa,
  ur,
};

export const SUPPORTED_LOCALES = Object.keys(LABELS);

/** "Present" in each locale, lower-cased: an end date written so means the entry is ongoing. "今" is the word for "now" in "2018/10至今". */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(
  [...mapped(Object.values(LABELS), (labels) => labels.present.toLowerCase()), '今'].flatMap((word) => [word, word.replace('’', "'")]),
);

/** "pt-BR" → "pt", "zh-TW" → "zh-Hant", "zh-SG" → "zh", "xx" → "en". */
function labelsTagFor(tag: string): string {
  const language = primaryLanguage(tag);
  if (language === 'zh') return likelyScript(tag) === 'Hant' ? 'zh-Hant' : 'zh';
  return Object.prototype.hasOwnProperty.call(LABELS, language) ? language : 'en';
}

// Intl formatters cost tens of microseconds to make: one Locale per tag, kept for later renders.
// The tags come from resumes, so the cache is emptied rather than left to grow without bound.
const cache = new Map<string, Locale>();
const CACHE_LIMIT = 64;

function makeLocale(tag: string): Locale {
  const labelsTag = labelsTagFor(tag);
  return {
    tag: labelsTag,
    labels: LABELS[labelsTag] ?? en,
    formatMonth: monthFormatter(tag, labelsTag),
    formatNumber: numberFormatter(tag, labelsTag),
    formatDay: dayFormatter(tag, labelsTag),
  };
}

/** The locale for a language tag such as "de-CH": by language (and script for Chinese), then English. */
export function localeFor(tagText: string): Locale {
  const tag = languageTag(tagText) ?? 'en';
  let locale = cache.get(tag);
  if (!locale) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    locale = makeLocale(tag);
    cache.set(tag, locale);
  }
  return locale;
}
