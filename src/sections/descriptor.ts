// What a section is, declared once: its key, where its entries come from, how its view is built,
// the component that shows it, its schema and its lint rules. The registry (registry.ts) derives the
// default order, the projects[].type routing and the schema from the list of descriptors.
import type { ComponentChildren } from 'preact';
import type { Labels, SectionKey } from '../i18n';
import type { ModelContext } from '../model/context';
import type { EntryGroup, RawEntry } from '../model/groups';

export type { RawEntry } from '../model/groups';

/** A JSON Schema fragment (draft-07), as plain data. */
export type JsonSchema = Record<string, unknown>;

/** A warning from a section's lint rule: the JSON pointer of the value, and what to do. */
export type LintReport = (path: string, message: string) => void;

export interface SectionDescriptor<K extends SectionKey = SectionKey, V = unknown> {
  key: K;
  /** Other top-level keys whose entries are read into this section (academicpages' `presentations`). */
  aliases?: readonly string[];
  /**
   * `projects[].type` values (lower case) whose entries move here: the registry-safe form of a section
   * that the JSON Resume registry's schema would reject as a top-level key.
   */
  projectTypes?: readonly string[];
  /** True for sections beyond the standard JSON Resume schema. */
  extension?: boolean;
  /** The section's view from its entries: those under its key, its aliases, then moved projects. */
  build(entries: readonly RawEntry[], ctx: ModelContext): V;
  /**
   * The view of entries written in named groups (`"mentoring": { "current_students": [ … ] }`); the
   * group without a heading holds the entries written as a list. Sections without it show every
   * group's entries as one list.
   */
  grouped?(groups: EntryGroup[], ctx: ModelContext): V;
  isEmpty(view: V): boolean;
  /** A heading that depends on the view ("Selected Publications"); empty for the usual one. */
  heading?(view: V): string;
  /** Shows the section's entries (the heading is the document's). */
  Component(props: { view: V; labels: Labels }): ComponentChildren;
  /** The schema of the section's top-level value, merged into schema.json (descriptions for editors). */
  schema: JsonSchema;
  /** Rules on the built view (items carry `at` pointers when validate() builds it). */
  lint?(view: V, report: LintReport, ctx: ModelContext): void;
}

/** Declares a section; keeps its key's literal type for the registry. */
export function defineSection<K extends SectionKey, V>(descriptor: SectionDescriptor<K, V>): SectionDescriptor<K, V> {
  return descriptor;
}

/**
 * The descriptor with every field present, in one order. The page reads `build`, `isEmpty`, `heading`
 * and `Component` from every section's descriptor; with one shape for all of them those reads stay
 * monomorphic, instead of each going through V8's shared property cache.
 */
export function uniformDescriptor<K extends SectionKey, V>(descriptor: SectionDescriptor<K, V>): SectionDescriptor<K, V> {
  const { key, aliases, projectTypes, extension, build, grouped, isEmpty, heading, Component, schema, lint, ...unlisted } = descriptor;
  // A field added to SectionDescriptor and not listed above would be dropped: it fails to compile here.
  const nothingElse: Record<string, never> = unlisted;
  void nothingElse;
  return { key, aliases, projectTypes, extension, build, grouped, isEmpty, heading, Component, schema, lint };
}

/** A section whose view is the list of its items; entries that build to nothing are left out. */
export function listSection<K extends SectionKey, Item>(
  descriptor: Omit<SectionDescriptor<K, Item[]>, 'build' | 'isEmpty'> & {
    item(entry: RawEntry, ctx: ModelContext): Item | undefined;
  },
): SectionDescriptor<K, Item[]> {
  const { item, ...rest } = descriptor;
  return {
    ...rest,
    build: (entries, ctx) => {
      const items: Item[] = [];
      for (const entry of entries) {
        const built = item(entry, ctx);
        if (built !== undefined) items.push(built);
      }
      return items;
    },
    isEmpty: (view) => view.length === 0,
  };
}
