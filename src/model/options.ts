// Theme options: from meta.themeOptions (the channel every host passes through) and from
// render(resume, options), the latter winning, and from a named variant (see layeredOptions).
// Unknown or ill-typed options are ignored.
import type { Labels, SectionKey } from '../i18n';
import { bool, isObject, obj, str, strings, type JsonObject } from './read';
import { directionOf, languageTag, localeFromResume } from '../i18n';

/** The label keys that hold one phrase each (section headings are set by section key). */
export type PhraseKey = { [K in keyof Labels]: Labels[K] extends string ? K : never }[keyof Labels];

export type PublicationGrouping = 'none' | 'type' | 'year';

/** The look: one serif family (classic), serif titles on sans text (modern), or modern made tighter (compact). */
export type Style = 'classic' | 'modern' | 'compact';

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
  style?: Style;
  /** Named sets of options applied over the others, e.g. `{ short: { selectedPublicationsOnly: true } }`. */
  variants?: Record<string, ThemeOptions & Record<string, unknown>>;
  /** The name of the variant to apply; an unknown name is ignored. */
  variant?: string;
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
  style: Style;
}

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

function variantNamed(variants: JsonObject, name: string): JsonObject | undefined {
  return name && Object.prototype.hasOwnProperty.call(variants, name) && isObject(variants[name]) ? variants[name] : undefined;
}

/**
 * meta.themeOptions, then the caller's options, then the variant the caller names. A variant named
 * only in meta.themeOptions.variant refines the file's options, and the caller's still win over it.
 */
function layeredOptions(fromMeta: JsonObject, fromCaller: JsonObject): JsonObject {
  const variants = { ...obj(fromMeta.variants), ...obj(fromCaller.variants) };
  const callerVariant = variantNamed(variants, str(fromCaller.variant));
  if (callerVariant) return { ...fromMeta, ...fromCaller, ...callerVariant };
  return { ...fromMeta, ...variantNamed(variants, str(fromMeta.variant)), ...fromCaller };
}

export function resolveOptions(resume: JsonObject, given: unknown): ResolvedOptions {
  const raw = layeredOptions(obj(obj(resume.meta).themeOptions), isObject(given) ? given : {});

  // The option, else the language the resume names (meta.themeOptions.locale, meta.locale, meta.language, language).
  const locale = languageTag(raw.locale) ?? localeFromResume(resume) ?? 'en';
  const accent = str(raw.accentColor);

  return {
    order: keyList(raw.sections),
    hide: new Set(keyList(raw.hide)),
    labels: labelOverrides(raw.labels),
    locale,
    dir: oneOf(raw.dir, ['ltr', 'rtl'] as const) ?? directionOf(locale),
    nameVariants: Array.isArray(raw.nameVariants) ? strings(raw.nameVariants) : [],
    accentColor: CSS_COLOR.test(accent) ? accent : undefined,
    paper: oneOf(raw.paper, ['a4', 'letter'] as const),
    groupPublications: oneOf(raw.groupPublications, ['none', 'type', 'year'] as const) ?? 'none',
    selectedPublicationsOnly: bool(raw.selectedPublicationsOnly),
    style: oneOf(raw.style, ['classic', 'modern', 'compact'] as const) ?? 'modern',
  };
}
