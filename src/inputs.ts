// Where each section's entries are in a resume: under its key and its aliases, in projects[] entries
// typed for it, as a list or in named groups; and the top-level lists and objects of lists the theme
// has no section for, which become sections of the resume's own.
import type { SectionKey } from './i18n';
import { languageTag } from './i18n';
import { headerKeys } from './model/basics';
import { hasResumakeOrder } from './model/options';
import { entries, firstStr, isObject, obj, str, type JsonObject } from './model/read';
import { peek, skipped } from './model/track';
import { readableKey, slugOf } from './model/keys';
import {
  LISTED_TITLE,
  entriesField,
  isTextList,
  listAt,
  listNames,
  namedGroups,
  titledList,
  type EntryGroup,
  type RawEntry,
} from './model/groups';
import { SECTION_BY_NAME, SECTION_BY_PROJECT_TYPE } from './sections/registry';
import { kept, mapped } from './arrays';

/** Top-level keys that are not sections, besides those the header reads: resumake.io's template number too. */
export const NOT_SECTIONS = ['$schema', 'meta', 'selectedTemplate'];
/** Top-level objects read for what they hold: resumake.io's section headings, the profile's citation figures. */
const DATA_OBJECTS = ['headings', 'citationMetrics'];

/** Known sections whose entries are a name and its keywords, as one list of an object of named lists reads. */
const NAMED_LIST_SECTIONS: ReadonlySet<SectionKey> = new Set(['skills', 'interests']);

/**
 * `"skills": { "languages": ["Python", "Go"], "tools": ["Git"] }`, as resume builders and parsers write
 * it: an object whose every field is a list of text, read as one entry per list with text, named from
 * its key. Undefined for any other value, which is then not read.
 */
function namedLists(container: JsonObject, key: string): RawEntry[] | undefined {
  const names = listNames(container, key, isTextList);
  if (!names) return undefined;
  const lists = obj(container[key]);
  const named: RawEntry[] = [];
  for (const name of names) {
    const list = lists[name];
    if (isTextList(list) && list.some((item) => str(item))) named.push({ name: readableKey(name), keywords: list });
  }
  return named.length ? named : undefined;
}

/** A section of a CV written as a list of sections: its key among the sections of one's own, and where its entries are. */
interface ListedSection {
  key: string;
  /** `entries` or `items`. */
  field: string;
}

/**
 * `"sections": [{ "id": "positions", "title": "職歴", "entries": [ … ] }, …]` (KilianKoch-….json): a CV
 * written as a list of titled sections, each shown as a section of its own, keyed "sections.positions"
 * so that no key of the resume or known section is taken. Undefined unless every item is such a section.
 */
export function listedSections(resume: JsonObject): ListedSection[] | undefined {
  const value = peek(resume, 'sections');
  if (!Array.isArray(value) || !value.length) return undefined;
  const listed: ListedSection[] = [];
  for (const [index, item] of value.entries()) {
    const field = entriesField(item);
    if (!isObject(item) || field === undefined) return undefined;
    const key = `sections.${slugOf(str(item.id) || String(index))}`;
    listed.push({ key: listed.some((other) => other.key === key) ? `${key}-${index}` : key, field });
  }
  return listed;
}

export interface Inputs {
  known: Map<SectionKey, RawEntry[]>;
  /** Entries of known sections written in named groups, in the order written. */
  groups: Map<SectionKey, EntryGroup[]>;
  /** Other top-level lists, in the order written. */
  generic: Map<string, RawEntry[]>;
  /** The titles written for sections (a list of sections, a section written as a titled list), by key. */
  titles: Map<string, string>;
}

/** Every section's entries, from its key, its aliases and projects[] entries typed for it. */
export function gatherInputs(resume: JsonObject): Inputs {
  const notSections = new Set([...NOT_SECTIONS, ...headerKeys(resume), ...kept(DATA_OBJECTS, (key) => isObject(peek(resume, key)))]);
  if (hasResumakeOrder(resume)) notSections.add('sections');
  // "language": "de" names the page's language (model/language.ts).
  if (languageTag(peek(resume, 'language'))) notSections.add('language');
  const known = new Map<SectionKey, RawEntry[]>();
  const groups = new Map<SectionKey, EntryGroup[]>();
  const generic = new Map<string, RawEntry[]>();
  const titles = new Map<string, string>();
  const add = (key: SectionKey, items: RawEntry[]) => {
    const earlier = known.get(key);
    known.set(key, earlier ? [...earlier, ...items] : items);
  };
  const listed = notSections.has('sections') ? undefined : listedSections(resume);
  for (const name of Object.keys(resume)) {
    if (notSections.has(name)) continue;
    if (name === 'sections' && listed) {
      const items = mapped(resume.sections as unknown[], obj);
      listed.forEach(({ key, field }, index) => {
        const item = items[index] ?? {};
        titles.set(key, firstStr(item, LISTED_TITLE));
        generic.set(key, entries(item[field]));
      });
      continue;
    }
    const key = SECTION_BY_NAME.get(name);
    if (key === 'projects') continue;
    const lists = key && !NAMED_LIST_SECTIONS.has(key) ? undefined : namedLists(resume, name);
    const grouped = key && !lists ? namedGroups(resume, name) : undefined;
    const titled = lists || grouped ? undefined : titledList(resume, name);
    if (lists && key) add(key, lists);
    else if (lists) generic.set(name, lists);
    else if (grouped && key) groups.set(key, [...(groups.get(key) ?? []), ...grouped]);
    else if (titled) {
      if (titled.title) titles.set(key ?? name, titled.title);
      if (key) add(key, titled.entries);
      else generic.set(name, titled.entries);
    } else if (key) add(key, listAt(resume, name));
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
  return { known, groups, generic, titles };
}
