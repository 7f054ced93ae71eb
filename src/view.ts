// Untrusted resume JSON -> the typed view model the document renders. Never throws; drops what has
// the wrong type; never mutates its input.
import type { Labels, SectionKey } from './i18n';
import type { LintSink, ModelContext } from './model/context';
import type { RawEntry, SectionDescriptor } from './sections/descriptor';
import { localeFor } from './i18n';
import { headerKeys, ownerName, toBasics, type BasicsView } from './model/basics';
import { pageDescription, toLinkedData, toPerson, type LinkedData } from './model/linkedData';
import { ownerMatcher } from './model/names';
import { hasResumakeOrder, resolveOptions, type ResolvedOptions } from './model/options';
import { entries, firstStr, isObject, obj, str, type JsonObject } from './model/read';
import { peek, skipped } from './model/track';
import { readableKey, slugOf, toGenericSection, type GenericSectionView } from './sections/generic';
import { MENTEE_NAME } from './sections/mentoring';
import { scholarlyArticles } from './sections/publications/linkedData';
import { writtenMetrics } from './sections/publications/metrics';
import {
  DEFAULT_ORDER,
  SECTION_BY_KEY,
  SECTION_BY_NAME,
  SECTION_BY_PROJECT_TYPE,
  isSectionKey,
  type SectionViews,
} from './sections/registry';

/** A known section on the page. */
export type KnownSection = { [K in SectionKey]: { kind: 'known'; key: K; id: string; title: string; view: SectionViews[K] } }[SectionKey];

/** A top-level list the theme has no section for, shown as it is written. */
interface GenericSection {
  kind: 'generic';
  key: string;
  id: string;
  title: string;
  view: GenericSectionView;
}

export type ShownSection = KnownSection | GenericSection;

export interface ThemeView {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  options: ResolvedOptions;
  labels: Labels;
  basics: BasicsView;
  /** The sections to show, in order; empty and hidden ones are already left out. */
  sections: ShownSection[];
  /** For <meta name="description"> and Open Graph; may be empty. */
  description: string;
}

/** Top-level keys that are not sections, besides those the header reads: resumake.io's template number too. */
export const NOT_SECTIONS = ['$schema', 'meta', 'selectedTemplate'];
/** Top-level objects read for what they hold: resumake.io's section headings, the profile's citation figures. */
const DATA_OBJECTS = ['headings', 'citationMetrics'];

/** The entries of a top-level list; a value that is not a list is skipped (validate() names it). */
function listAt(container: JsonObject, key: string): RawEntry[] {
  const value = container[key];
  if (Array.isArray(value)) return entries(value);
  skipped(container, key);
  return [];
}

/** Known sections whose entries are a name and its keywords, as one list of an object of named lists reads. */
const NAMED_LIST_SECTIONS: ReadonlySet<SectionKey> = new Set(['skills', 'interests']);

const isTextList = (value: unknown): value is unknown[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * `"skills": { "languages": ["Python", "Go"], "tools": ["Git"] }`, as resume builders and parsers write
 * it: an object whose every field is a list of text, read as one entry per list with text, named from
 * its key. Undefined for any other value, which is then not read.
 */
function namedLists(container: JsonObject, key: string): RawEntry[] | undefined {
  const value = peek(container, key);
  if (!isObject(value)) return undefined;
  const names = Object.keys(value);
  if (!names.length || !names.every((name) => isTextList(value[name]))) return undefined;
  const lists = obj(container[key]);
  const named: RawEntry[] = [];
  for (const name of names) {
    const list = lists[name];
    if (isTextList(list) && list.some((item) => str(item))) named.push({ name: readableKey(name), keywords: list });
  }
  return named.length ? named : undefined;
}

/** Entries written under a name within a section: `"current_students": [ … ]`. */
interface EntryGroup {
  heading: string;
  entries: RawEntry[];
}

/**
 * `"mentoring": { "current_students": [ … ], "past_students": [ … ] }`, as jsoncv writes a professor's
 * sections: an object whose every field is a list, read as groups of entries named from their keys.
 * Undefined for any other value, which is then not read.
 */
function groupedLists(container: JsonObject, key: string): EntryGroup[] | undefined {
  const value = peek(container, key);
  if (!isObject(value)) return undefined;
  const names = Object.keys(value);
  if (!names.length || !names.every((name) => Array.isArray(value[name]))) return undefined;
  const lists = obj(container[key]);
  return names.map((name) => ({ heading: readableKey(name), entries: entries(lists[name]) }));
}

interface Inputs {
  known: Map<SectionKey, RawEntry[]>;
  /** Entries of known sections written in named groups, in the order written. */
  groups: Map<SectionKey, EntryGroup[]>;
  /** Other top-level lists, in the order written. */
  generic: Map<string, RawEntry[]>;
}

/** Every section's entries, from its key, its aliases and projects[] entries typed for it. */
function gatherInputs(resume: JsonObject): Inputs {
  const notSections = new Set([...NOT_SECTIONS, ...headerKeys(resume), ...DATA_OBJECTS.filter((key) => isObject(peek(resume, key)))]);
  if (hasResumakeOrder(resume)) notSections.add('sections');
  const known = new Map<SectionKey, RawEntry[]>();
  const groups = new Map<SectionKey, EntryGroup[]>();
  const generic = new Map<string, RawEntry[]>();
  const add = (key: SectionKey, items: RawEntry[]) => known.set(key, [...(known.get(key) ?? []), ...items]);
  for (const name of Object.keys(resume)) {
    if (notSections.has(name)) continue;
    const key = SECTION_BY_NAME.get(name);
    if (key === 'projects') continue;
    const lists = key && !NAMED_LIST_SECTIONS.has(key) ? undefined : namedLists(resume, name);
    const grouped = key && !lists ? groupedLists(resume, name) : undefined;
    if (lists && key) add(key, lists);
    else if (lists) generic.set(name, lists);
    else if (grouped && key) groups.set(key, [...(groups.get(key) ?? []), ...grouped]);
    else if (key) add(key, listAt(resume, name));
    else if (Array.isArray(resume[name])) generic.set(name, listAt(resume, name));
    else skipped(resume, name);
  }
  if ('projects' in resume) {
    const ownProjects: RawEntry[] = [];
    for (const item of listAt(resume, 'projects')) {
      const target = isObject(item) ? SECTION_BY_PROJECT_TYPE.get(str(item.type).toLowerCase()) : undefined;
      if (target) add(target, [item]);
      else ownProjects.push(item);
    }
    add('projects', ownProjects);
  }
  return { known, groups, generic };
}

/**
 * Section headings written in the resume, as resumake.io writes them: `"headings": { "work": "Experiência" }`.
 * The labels option wins over them.
 */
function withHeadings(options: ResolvedOptions, resume: JsonObject): ResolvedOptions {
  if (!isObject(resume.headings)) return options;
  const written = resume.headings;
  const headings: Record<string, string> = {};
  // Only the headings of lists the resume has: validate() names the others as not shown.
  for (const key of Object.keys(written)) if (Array.isArray(peek(resume, key)) && str(written[key])) headings[key] = str(written[key]);
  return { ...options, labels: { ...headings, ...options.labels } };
}

function labelsFor(options: ResolvedOptions, locale: Labels): Labels {
  const labels: Labels = { ...locale, sections: { ...locale.sections } };
  const phrases = labels as unknown as Record<string, unknown>;
  for (const [key, text] of Object.entries(options.labels)) {
    const section = SECTION_BY_NAME.get(key);
    if (section) labels.sections[section] = text;
    else if (typeof phrases[key] === 'string') phrases[key] = text;
  }
  return labels;
}

/** A section id for a key of the resume's own: letters, digits, - and _, never a known section's. */
function genericId(key: string, taken: Set<string>): string {
  const base = slugOf(key);
  let id = isSectionKey(base) ? `${base}-list` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The entries written as a list, then those written in named groups: under their headings where the section shows them. */
function sectionView<V>(descriptor: SectionDescriptor<SectionKey, V>, items: RawEntry[], groups: EntryGroup[], ctx: ModelContext): V {
  if (!descriptor.grouped) return descriptor.build([...items, ...groups.flatMap((group) => group.entries)], ctx);
  const views = groups.map((group) => ({ heading: group.heading, view: descriptor.build(group.entries, ctx) }));
  return descriptor.grouped([{ heading: '', view: descriptor.build(items, ctx) }, ...views]);
}

function buildSection<K extends SectionKey>(key: K, inputs: Inputs, ctx: ModelContext): KnownSection | undefined {
  const descriptor: SectionDescriptor<SectionKey, SectionViews[K]> = SECTION_BY_KEY[key];
  const items = inputs.known.get(key) ?? [];
  const groups = inputs.groups.get(key);
  const view = groups ? sectionView(descriptor, items, groups, ctx) : descriptor.build(items, ctx);
  if (ctx.lint) descriptor.lint?.(view, (path, message) => ctx.lint?.warn(path, message), ctx);
  if (descriptor.isEmpty(view)) return undefined;
  const title = descriptor.heading?.(view) || ctx.labels.sections[key];
  return { kind: 'known', key, id: key, title, view } as KnownSection;
}

/** The order to show sections in: those named in the options, then the default order, then the resume's own. */
function sectionOrder(options: ResolvedOptions, genericKeys: string[]): string[] {
  const named = options.order.map((key) => SECTION_BY_NAME.get(key) ?? key);
  return [...new Set([...named, ...DEFAULT_ORDER, ...genericKeys])].filter(
    (key) => !options.hide.has(key) && ![...options.hide].some((hidden) => SECTION_BY_NAME.get(hidden) === key),
  );
}

/** The people of the mentoring section, as its entries name them, in lists and in groups. */
function menteeNames(inputs: Inputs): string[] {
  const entries = [...(inputs.known.get('mentoring') ?? []), ...(inputs.groups.get('mentoring') ?? []).flatMap((group) => group.entries)];
  return entries.map((entry) => (typeof entry === 'string' ? entry : firstStr(entry, MENTEE_NAME))).filter(Boolean);
}

/** What every section builder reads besides its entries. */
function modelContext(resume: JsonObject, inputs: Inputs, options: ResolvedOptions, lint: LintSink | undefined): ModelContext {
  const locale = localeFor(options.locale);
  const ownerNames = [ownerName(resume), ...options.nameVariants].filter(Boolean);
  return {
    labels: labelsFor(options, locale.labels),
    formatMonth: locale.formatMonth,
    formatNumber: locale.formatNumber,
    formatDay: locale.formatDay,
    ownerNames,
    isOwner: ownerMatcher(ownerNames),
    isMentee: options.markMentees ? ownerMatcher(menteeNames(inputs)) : undefined,
    options,
    // Read by validate() too, as the papers' counts are: hidden by choice, not left without a place.
    profileMetrics: options.metrics || lint ? writtenMetrics(resume.citationMetrics) : undefined,
    lint,
  };
}

export function toView(input: unknown, givenOptions?: unknown, lint?: LintSink): ThemeView {
  const resume = obj(input);
  const options = withHeadings(resolveOptions(resume, givenOptions), resume);
  const inputs = gatherInputs(resume);
  const ctx = modelContext(resume, inputs, options, lint);
  const { labels } = ctx;
  const basics = toBasics(resume, ctx);
  const order = sectionOrder(options, [...inputs.generic.keys()]);
  const taken = new Set<string>(DEFAULT_ORDER);
  const sections: ShownSection[] = [];
  for (const key of order) {
    if (isSectionKey(key)) {
      const section = buildSection(key, inputs, ctx);
      if (section) sections.push(section);
    } else {
      const view = toGenericSection(key, inputs.generic.get(key) ?? [], ctx);
      if (view.entries.length) {
        sections.push({ kind: 'generic', key, id: genericId(key, taken), title: options.labels[key] ?? readableKey(key), view });
      }
    }
  }
  if (lint) lintHidden(order, inputs, ctx);
  return {
    lang: options.locale,
    dir: options.dir,
    title: basics.heading,
    options,
    labels,
    basics,
    sections,
    description: pageDescription(basics.label, basics.summary),
  };
}

/**
 * The schema.org graph of the page's JSON-LD: the person (at the organisations of their ongoing work
 * entries) and the papers shown; none when empty. Built from the view as the head is rendered, not
 * kept in it: its ten or so objects per paper then die young, where kept they would be copied by
 * every young-generation collection of the render (a quarter of the JSON-LD's cost on 1,400 papers).
 */
export function pageLinkedData(view: ThemeView): LinkedData | undefined {
  const { basics, sections } = view;
  const affiliation: string[] = [];
  let articles: ReturnType<typeof scholarlyArticles> = [];
  for (const section of sections) {
    if (section.kind !== 'known') continue;
    if (section.key === 'work') for (const job of section.view) if (job.title && job.dates.ongoing) affiliation.push(job.title);
    if (section.key === 'publications') articles = scholarlyArticles(section.view);
  }
  return toLinkedData(toPerson(basics, [...new Set(affiliation)]), articles);
}

/** validate() checks hidden sections too: they may be shown in another variant. */
function lintHidden(order: string[], inputs: Inputs, ctx: ModelContext): void {
  for (const key of DEFAULT_ORDER) if (!order.includes(key)) buildSection(key, inputs, ctx);
  for (const [key, items] of inputs.generic) if (!order.includes(key)) toGenericSection(key, items, ctx);
}
