// Labels and date formats per locale.
import type { Labels } from './labels';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { zh } from './locales/zh';

export type { Labels, PublicationTypeHeadings, SectionHeadings, SectionKey } from './labels';

export type FormatMonth = (year: string, month: number) => string;

export interface Locale {
  labels: Labels;
  formatMonth: FormatMonth;
}

type Months = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

function monthYear(months: Months): FormatMonth {
  return (year, month) => `${months[month - 1] ?? ''} ${year}`;
}

const LOCALES: Record<string, Locale> = {
  en: { labels: en, formatMonth: monthYear(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']) },
  de: { labels: de, formatMonth: monthYear(['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']) },
  fr: { labels: fr, formatMonth: monthYear(['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']) },
  es: { labels: es, formatMonth: monthYear(['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.']) },
  zh: { labels: zh, formatMonth: (year, month) => `${year}年${month}月` },
};

/** The locale for a BCP 47 tag such as "de-CH", falling back to English. */
export function localeFor(tag: string): Locale {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return LOCALES[primary] ?? (LOCALES.en as Locale);
}

export const SUPPORTED_LOCALES = Object.keys(LOCALES);
