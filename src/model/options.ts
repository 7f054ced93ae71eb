// Theme options: from meta.themeOptions (the channel every host passes through) and from
// render(resume, options), the latter winning. Unknown or ill-typed options are ignored.
import type { Labels, SectionKey } from '../i18n';
import { bool, isObject, obj, str, strings, type JsonObject } from './read';

/** The label keys that hold one phrase each (section headings are set by section key). */
export type PhraseKey = { [K in keyof Labels]: Labels[K] extends string ? K : never }[keyof Labels];

export type PublicationGrouping = 'none' | 'type' | 'year';

export interface ThemeOptions {
  /** Section order, by key (a section of your own too); sections not named follow in the default order. */
  sections?: (SectionKey | (string & {}))[];
  hide?: (SectionKey | (string & {}))[];
  /** Headings by section key (a section of your own too), and phrases such as "present". */
  labels?: Partial<Record<SectionKey | PhraseKey | (string & {}), string>>;
  /** BCP 47 language tag for labels, dates and `<html lang>`. */
  locale?: string;
  dir?: 'ltr' | 'rtl';
  /** Other spellings of the owner's name in author lists, e.g. "T. Wu". */
  nameVariants?: string[];
  /** A CSS colour: #rgb, #rrggbb, rgb()/hsl() or a named colour. */
  accentColor?: string;
  paper?: 'a4' | 'letter';
  groupPublications?: PublicationGrouping;
  selectedPublicationsOnly?: boolean;
}

export interface ResolvedOptions {
  /** Sections named in `sections`, in that order; the others follow in the default order. */
  order: string[];
  hide: Set<string>;
  /** Label overrides by section key or phrase key, as given. */
  labels: Record<string, string>;
  locale: string;
  dir: 'ltr' | 'rtl';
  nameVariants: string[];
  accentColor?: string;
  paper?: 'a4' | 'letter';
  groupPublications: PublicationGrouping;
  selectedPublicationsOnly: boolean;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb']);
// Only plain colour syntaxes: nothing that could close the <style> element or add a declaration.
const CSS_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,30}|(?:rgb|hsl)a?\([0-9.,%\s/deg]+\))$/i;

function keyList(value: unknown): string[] {
  return Array.isArray(value) ? strings(value) : [];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const text = str(value).toLowerCase();
  return (allowed as readonly string[]).includes(text) ? (text as T) : undefined;
}

function labelOverrides(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, label] of Object.entries(obj(value))) {
    const text = str(label);
    if (text) labels[key] = text;
  }
  return labels;
}

export function resolveOptions(resume: JsonObject, given: unknown): ResolvedOptions {
  const fromMeta = obj(obj(resume.meta).themeOptions);
  const raw: JsonObject = { ...fromMeta, ...(isObject(given) ? given : {}) };

  const localeText = str(raw.locale);
  const locale = LANGUAGE_TAG.test(localeText) ? localeText : 'en';
  const primaryLanguage = locale.toLowerCase().split('-')[0] ?? 'en';
  const accent = str(raw.accentColor);

  return {
    order: keyList(raw.sections),
    hide: new Set(keyList(raw.hide)),
    labels: labelOverrides(raw.labels),
    locale,
    dir: oneOf(raw.dir, ['ltr', 'rtl'] as const) ?? (RTL_LANGUAGES.has(primaryLanguage) ? 'rtl' : 'ltr'),
    nameVariants: Array.isArray(raw.nameVariants) ? strings(raw.nameVariants) : [],
    accentColor: CSS_COLOR.test(accent) ? accent : undefined,
    paper: oneOf(raw.paper, ['a4', 'letter'] as const),
    groupPublications: oneOf(raw.groupPublications, ['none', 'type', 'year'] as const) ?? 'none',
    selectedPublicationsOnly: bool(raw.selectedPublicationsOnly),
  };
}
