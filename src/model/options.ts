// Theme options: from meta.themeOptions (the channel every host passes through) and from
// render(resume, options), the latter winning, and from a named variant (see layeredOptions).
// Unknown or ill-typed options are ignored.
import type { Labels, SectionKey } from '../i18n';
import { directionOf, languageTag } from '../i18n';
import { localeFromResume } from './language';
import { MARKS } from './names';
import { bool, field, isObject, obj, str, strings, type JsonObject } from './read';
import { peek } from './track';
import { hrefOf } from './url';
import { kept } from '../arrays';

/** The label keys that hold one phrase each (section headings are set by section key). */
type PhraseKey = { [K in keyof Labels]: Labels[K] extends string ? K : never }[keyof Labels];

type PublicationGrouping = 'none' | 'type' | 'year';
export type PublicationNumbering = 'none' | 'ascending' | 'descending';
type PublicationSorting = 'none' | 'date';
export type AbstractDisplay = 'show' | 'collapse' | 'hide';

type AuthorMark = '*' | '†' | '‡' | '§' | '¶' | '#';

/** The look: one serif family (classic), serif titles on sans text (modern), or modern made tighter (compact). */
type Style = 'classic' | 'modern' | 'compact';

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
  /** Only publications of this year or later, e.g. 2022 for a biosketch's last years; undated ones (under review) stay. */
  publicationsSince?: number | `${number}`;
  style?: Style;
  /** Named sets of options applied over the others, e.g. `{ short: { selectedPublicationsOnly: true } }`. */
  variants?: Record<string, ThemeOptions & Record<string, unknown>>;
  /** The name of the variant to apply; an unknown name is ignored. */
  variant?: string;
  /** Visible numbers before each paper: [12], or [J3], [C1] … per group with groupPublications "type". */
  numberPublications?: PublicationNumbering;
  /** "date": undated papers first (under review, preprints), then newest first. */
  sortPublications?: PublicationSorting;
  /** Author lists longer than this are cut ("and 4 more"), keeping your own name in place. */
  maxAuthors?: number;
  /** Co-authors' pages by name, e.g. { "Jane Doe": "https://jane.example.org" }: their names become links. */
  coauthors?: Record<string, string>;
  /** What marks after authors' names mean, for the legend: { "‡": "Student I supervised" }. Also replaces the meanings of * and †. */
  authorMarks?: Partial<Record<AuthorMark, string>>;
  /** A mark put after the names of co-authors who are in the mentoring section, explained in the legend ("‡ Mentee"). */
  markMentees?: AuthorMark;
  /** A citations, h-index and i10-index line under the Publications heading, and each paper's count. */
  metrics?: boolean;
  /** How publications[].abstract is shown: in full, collapsed under a toggle (screen only), or not at all. */
  abstracts?: AbstractDisplay;
  /** A "BibTeX" toggle under each paper with its entry, as `scholar export-bibtex` writes it (screen only). */
  bibtex?: boolean;
}

/** A co-author named in the `coauthors` option; `href` is absent when the URL failed the safe-URL check. */
interface CoauthorLink {
  /** As written (the key in the option). */
  name: string;
  url: string;
  href?: string;
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
  /** The first year of publications shown; 0 for every year. */
  publicationsSince: number;
  style: Style;
  numberPublications: PublicationNumbering;
  sortPublications: PublicationSorting;
  /** 0 when author lists are not cut. */
  maxAuthors: number;
  coauthors: CoauthorLink[];
  /** Meanings given to author marks, by mark; only the marks of MARKS. */
  authorMarks: Record<string, string>;
  /** The mark for mentees' names in author lists, or empty. */
  markMentees: string;
  metrics: boolean;
  abstracts: AbstractDisplay;
  bibtex: boolean;
}

// Only plain colour syntaxes: nothing that could close the <style> element or add a declaration.
const CSS_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,30}|(?:rgb|hsl)a?\([0-9.,%\s/deg]+\))$/i;

function keyList(value: unknown): string[] {
  return Array.isArray(value) ? strings(value) : [];
}

// The values each choice allows, made once: most resumes set no option, and every render reads them all.
const DIRECTIONS = ['ltr', 'rtl'] as const;
const PAPERS = ['a4', 'letter'] as const;
const GROUPINGS = ['none', 'type', 'year'] as const;
const STYLES = ['classic', 'modern', 'compact'] as const;
const NUMBERINGS = ['none', 'ascending', 'descending'] as const;
const SORTINGS = ['none', 'date'] as const;
const AUTHOR_MARKS: readonly string[] = [...MARKS];
const ABSTRACT_DISPLAYS = ['show', 'collapse', 'hide'] as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const text = str(value).toLowerCase();
  return (allowed as readonly string[]).includes(text) ? (text as T) : undefined;
}

function labelOverrides(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  if (value === undefined) return labels;
  for (const [key, label] of Object.entries(obj(value))) {
    const text = str(label);
    if (text) labels[key] = text;
  }
  return labels;
}

function positiveInteger(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}

/** A year, as a number or as text: "2022". */
function year(value: unknown): number {
  const written = typeof value === 'number' ? value : /^\d{4}$/.test(str(value)) ? Number(str(value)) : 0;
  return Number.isInteger(written) && written >= 1000 && written <= 9999 ? written : 0;
}

function coauthorLinks(value: unknown): CoauthorLink[] {
  const links: CoauthorLink[] = [];
  if (value === undefined) return links;
  for (const [name, address] of Object.entries(obj(value))) {
    const url = str(address);
    if (name.trim() && url) links.push({ name, url, href: hrefOf(url) });
  }
  return links;
}

function markMeanings(value: unknown): Record<string, string> {
  const meanings: Record<string, string> = {};
  if (value === undefined) return meanings;
  for (const [mark, meaning] of Object.entries(obj(value))) {
    const text = str(meaning);
    if (text && mark.length === 1 && MARKS.includes(mark)) meanings[mark] = text;
  }
  return meanings;
}

/** The section ids of resumake.io, whose export keeps its section order at the top level: "sections": ["templates", "profile", "education", …]. */
const RESUMAKE_SECTIONS = new Set(['templates', 'profile', 'education', 'work', 'skills', 'projects', 'awards']);

/** True when the resume's top-level `sections` is resumake.io's section order, a setting rather than a list of entries. */
export function hasResumakeOrder(resume: JsonObject): boolean {
  const sections = peek(resume, 'sections');
  return Array.isArray(sections) && sections.length > 0 && sections.every((key) => typeof key === 'string' && RESUMAKE_SECTIONS.has(key));
}

/** The section order: the option's, else resumake.io's, whose ids are this theme's keys (the header's are left to it). */
function sectionOrder(resume: JsonObject, option: unknown): string[] {
  const order = keyList(option);
  if (order.length || !hasResumakeOrder(resume)) return order;
  return kept(strings(resume.sections), (key) => key !== 'templates' && key !== 'profile');
}

function variantNamed(variants: JsonObject, name: string): JsonObject | undefined {
  const variant = name ? field(variants, name) : undefined;
  return isObject(variant) ? variant : undefined;
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
    order: sectionOrder(resume, raw.sections),
    hide: new Set(keyList(raw.hide)),
    labels: labelOverrides(raw.labels),
    locale,
    dir: oneOf(raw.dir, DIRECTIONS) ?? directionOf(locale),
    nameVariants: Array.isArray(raw.nameVariants) ? strings(raw.nameVariants) : [],
    accentColor: CSS_COLOR.test(accent) ? accent : undefined,
    paper: oneOf(raw.paper, PAPERS),
    groupPublications: oneOf(raw.groupPublications, GROUPINGS) ?? 'none',
    selectedPublicationsOnly: bool(raw.selectedPublicationsOnly),
    publicationsSince: year(raw.publicationsSince),
    style: oneOf(raw.style, STYLES) ?? 'modern',
    numberPublications: oneOf(raw.numberPublications, NUMBERINGS) ?? 'none',
    sortPublications: oneOf(raw.sortPublications, SORTINGS) ?? 'none',
    maxAuthors: positiveInteger(raw.maxAuthors),
    coauthors: coauthorLinks(raw.coauthors),
    authorMarks: markMeanings(raw.authorMarks),
    markMentees: oneOf(raw.markMentees, AUTHOR_MARKS) ?? '',
    metrics: bool(raw.metrics),
    abstracts: oneOf(raw.abstracts, ABSTRACT_DISPLAYS) ?? 'collapse',
    bibtex: bool(raw.bibtex),
  };
}
