// Untrusted resume JSON -> the typed view model the document renders. Never throws; drops what has
// the wrong type; never mutates its input.
import type { Labels, SectionKey } from './i18n';
import type { LintSink, ModelContext } from './model/context';
import type { RawEntry, SectionDescriptor } from './sections/descriptor';
import type { EntryGroup } from './model/groups';
import { localeFor } from './i18n';
import { ownerNames, toBasics, type BasicsView } from './model/basics';
import { linkedDataScriptText, pageDescription, toPerson } from './model/linkedData';
import { nameMatcher } from './model/names';
import { resolveOptions, type ResolvedOptions } from './model/options';
import { field, firstStr, isObject, obj, str, strings, type JsonObject } from './model/read';
import { peek } from './model/track';
import { toGenericSection, type GenericSectionView } from './sections/generic';
import { readableKey, slugOf } from './model/keys';
import { MENTEE_NAME } from './sections/mentoring';
import { writtenMetrics } from './sections/publications/metrics';
import { gatherInputs, type Inputs } from './inputs';
import { DEFAULT_ORDER, SECTION_BY_KEY, SECTION_BY_NAME, isSectionKey, type SectionViews } from './sections/registry';
import { kept, mapped } from './arrays';

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
  const overrides = Object.entries(options.labels);
  // The locale's own labels, shared by every render that changes none of them: nothing writes to them.
  if (!overrides.length) return locale;
  const labels: Labels = { ...locale, sections: { ...locale.sections } };
  const phrases = labels as unknown as Record<string, unknown>;
  for (const [key, text] of overrides) {
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
  const all = [{ heading: '', entries: items }, ...groups];
  return descriptor.grouped
    ? descriptor.grouped(all, ctx)
    : descriptor.build(
        all.flatMap((group) => group.entries),
        ctx,
      );
}

function buildSection<K extends SectionKey>(key: K, inputs: Inputs, ctx: ModelContext): KnownSection | undefined {
  const descriptor: SectionDescriptor<SectionKey, SectionViews[K]> = SECTION_BY_KEY[key];
  const written = inputs.known.get(key);
  const groups = inputs.groups.get(key);
  // A section the resume writes nothing for is empty; validate() builds it all the same, for its lint rules.
  if (!written && !groups && !ctx.lint) return undefined;
  const items = written ?? [];
  const view = groups ? sectionView(descriptor, items, groups, ctx) : descriptor.build(items, ctx);
  if (ctx.lint) descriptor.lint?.(view, (path, message) => ctx.lint?.warn(path, message), ctx);
  if (descriptor.isEmpty(view)) return undefined;
  // A heading written with the section gives way to the labels option, and to the view's own ("Selected Publications").
  const writtenTitle = field(ctx.options.labels, key) === undefined ? inputs.titles.get(key) : undefined;
  const title = descriptor.heading?.(view) || writtenTitle || ctx.labels.sections[key];
  return { kind: 'known', key, id: key, title, view } as KnownSection;
}

/** The order to show sections in: those named in the options, then the default order, then the resume's own. */
function sectionOrder(options: ResolvedOptions, genericKeys: string[]): string[] {
  const named = mapped(options.order, (key) => SECTION_BY_NAME.get(key) ?? key);
  const order = [...new Set([...named, ...DEFAULT_ORDER, ...genericKeys])];
  if (!options.hide.size) return order;
  // A section is hidden by its key or by any name it is read from ("presentations" hides talks).
  const hidden = new Set([...options.hide].flatMap((key) => [key, SECTION_BY_NAME.get(key) ?? key]));
  return kept(order, (key) => !hidden.has(key));
}

/** The people of the mentoring section, as its entries name them, in lists and in groups. */
function menteeNames(inputs: Inputs): string[] {
  const entries = [...(inputs.known.get('mentoring') ?? []), ...(inputs.groups.get('mentoring') ?? []).flatMap((group) => group.entries)];
  return strings(mapped(entries, (entry) => (typeof entry === 'string' ? entry : firstStr(entry, MENTEE_NAME))));
}

/** What every section builder reads besides its entries. */
function modelContext(resume: JsonObject, inputs: Inputs, options: ResolvedOptions, lint: LintSink | undefined): ModelContext {
  const locale = localeFor(options.locale);
  const names = [...ownerNames(resume), ...options.nameVariants];
  return {
    labels: labelsFor(options, locale.labels),
    formatMonth: locale.formatMonth,
    formatNumber: locale.formatNumber,
    formatDay: locale.formatDay,
    ownerNames: names,
    isOwner: nameMatcher(names),
    isMentee: options.markMentees ? nameMatcher(menteeNames(inputs)) : undefined,
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
        const title = field(options.labels, key) ?? inputs.titles.get(key) ?? readableKey(key);
        sections.push({ kind: 'generic', key, id: genericId(key, taken), title, view });
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
 * The page's JSON-LD: the person (at the organisations of their ongoing work entries) and the papers
 * shown, as a schema.org graph in JSON made safe for a script element; none when empty. The entries
 * and papers are those the body has written (each is built as its entry is written), so the body is
 * rendered first.
 */
export function pageLinkedData(view: ThemeView): string | undefined {
  const { basics, sections } = view;
  const affiliation: string[] = [];
  let articles = '';
  for (const section of sections) {
    if (section.kind !== 'known') continue;
    if (section.key === 'work') affiliation.push(...section.view.ongoing);
    if (section.key === 'publications') articles = section.view.articles.scriptText();
  }
  return linkedDataScriptText(toPerson(basics, [...new Set(affiliation)]), articles);
}

/** validate() checks hidden sections too: they may be shown in another variant. */
function lintHidden(order: string[], inputs: Inputs, ctx: ModelContext): void {
  for (const key of DEFAULT_ORDER) if (!order.includes(key)) buildSection(key, inputs, ctx);
  for (const [key, items] of inputs.generic) if (!order.includes(key)) toGenericSection(key, items, ctx);
}
