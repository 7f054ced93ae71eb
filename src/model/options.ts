// Theme options: from meta.themeOptions (the channel every host passes through) and from
// render(resume, options), the latter winning. Unknown or ill-typed options are ignored.
import type { SectionKey } from './types';
import { bool, isObject, obj, str, strings, type JsonObject } from './read';
import { directionOf, languageTag, localeFromResume } from '../i18n';

export const DEFAULT_ORDER: SectionKey[] = [
  'education',
  'publications',
  'work',
  'projects',
  'awards',
  'certificates',
  'volunteer',
  'skills',
  'languages',
  'interests',
  'references',
];

export type PublicationGrouping = 'none' | 'type' | 'year';

export interface ThemeOptions {
  /** Section order; sections not named follow in the default order. */
  sections?: SectionKey[];
  hide?: SectionKey[];
  /** Overrides for section headings, by section key, and for "present". */
  labels?: Partial<Record<SectionKey | 'present', string>>;
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
  order: SectionKey[];
  labels: Partial<Record<SectionKey | 'present', string>>;
  locale: string;
  dir: 'ltr' | 'rtl';
  nameVariants: string[];
  accentColor?: string;
  paper?: 'a4' | 'letter';
  groupPublications: PublicationGrouping;
  selectedPublicationsOnly: boolean;
}

// Only plain colour syntaxes: nothing that could close the <style> element or add a declaration.
const CSS_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,30}|(?:rgb|hsl)a?\([0-9.,%\s/deg]+\))$/i;

function isSectionKey(value: string): value is SectionKey {
  return (DEFAULT_ORDER as string[]).includes(value);
}

function sectionKeys(value: unknown): SectionKey[] {
  return Array.isArray(value) ? strings(value).filter(isSectionKey) : [];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const text = str(value).toLowerCase();
  return (allowed as readonly string[]).includes(text) ? (text as T) : undefined;
}

function labelOverrides(value: unknown): ResolvedOptions['labels'] {
  const labels: ResolvedOptions['labels'] = {};
  for (const [key, label] of Object.entries(obj(value))) {
    const text = str(label);
    if (text && (isSectionKey(key) || key === 'present')) labels[key] = text;
  }
  return labels;
}

export function resolveOptions(resume: JsonObject, given: unknown): ResolvedOptions {
  const fromMeta = obj(obj(resume.meta).themeOptions);
  const raw: JsonObject = { ...fromMeta, ...(isObject(given) ? given : {}) };

  const named = sectionKeys(raw.sections);
  const hidden = new Set(sectionKeys(raw.hide));
  const order = [...new Set([...named, ...DEFAULT_ORDER])].filter((key) => !hidden.has(key));

  // The option, else the language the resume names (meta.themeOptions.locale, meta.locale, meta.language, language).
  const locale = languageTag(raw.locale) ?? localeFromResume(resume) ?? 'en';
  const accent = str(raw.accentColor);

  return {
    order,
    labels: labelOverrides(raw.labels),
    locale,
    dir: oneOf(raw.dir, ['ltr', 'rtl'] as const) ?? directionOf(locale),
    nameVariants: Array.isArray(raw.nameVariants) ? strings(raw.nameVariants) : [],
    accentColor: CSS_COLOR.test(accent) ? accent : undefined,
    paper: oneOf(raw.paper, ['a4', 'letter'] as const),
    groupPublications: oneOf(raw.groupPublications, ['none', 'type', 'year'] as const) ?? 'none',
    selectedPublicationsOnly: bool(raw.selectedPublicationsOnly),
  };
}
