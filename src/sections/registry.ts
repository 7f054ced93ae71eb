// The known sections, in their default order (a research CV's), and what derives from the list.
import type { SectionKey } from '../i18n';
import { uniformDescriptor, type SectionDescriptor } from './descriptor';
import { awards } from './awards';
import { certificates } from './certificates';
import { education } from './education';
import { grants } from './grants';
import { interests } from './interests';
import { languages } from './languages';
import { mentoring } from './mentoring';
import { patents } from './patents';
import { projects } from './projects';
import { publications } from './publications';
import { references } from './references';
import { service } from './service';
import { skills } from './skills';
import { software } from './software';
import { talks } from './talks';
import { teaching } from './teaching';
import { volunteer } from './volunteer';
import { work } from './work';
import { mapped } from '../arrays';

export const SECTIONS = [
  education,
  publications,
  talks,
  teaching,
  grants,
  mentoring,
  service,
  patents,
  software,
  work,
  projects,
  awards,
  certificates,
  volunteer,
  skills,
  languages,
  interests,
  references,
] as const;

type Descriptor = (typeof SECTIONS)[number];

/** Each known section's view type, by key. */
export type SectionViews = { [D in Descriptor as D['key']]: D extends SectionDescriptor<SectionKey, infer V> ? V : never };

// Every heading in the labels has a section, and every section a heading: the compiler checks both.
type WithoutDescriptor = Exclude<SectionKey, Descriptor['key']>;
const everyHeadingHasASection: [WithoutDescriptor] extends [never] ? true : WithoutDescriptor = true;
void everyHeadingHasASection;

export const DEFAULT_ORDER: SectionKey[] = mapped(SECTIONS, (section) => section.key);

export const SECTION_BY_KEY = Object.fromEntries(
  mapped(SECTIONS, (section) => [section.key, uniformDescriptor(section as SectionDescriptor<SectionKey, unknown>)]),
) as unknown as {
  [K in SectionKey]: SectionDescriptor<K, SectionViews[K]>;
};

function byName(names: (section: Descriptor) => readonly string[] | undefined): Map<string, SectionKey> {
  return new Map(SECTIONS.flatMap((section) => mapped(names(section) ?? [], (name) => [name, section.key] as const)));
}

/** Top-level keys read into a section: its own key and its aliases ("presentations" → talks). */
export const SECTION_BY_NAME: Map<string, SectionKey> = byName((section) => [section.key, ...(section.aliases ?? [])]);

/** projects[].type values (lower case) that move an entry to another section. */
export const SECTION_BY_PROJECT_TYPE: Map<string, SectionKey> = byName((section) => section.projectTypes);

export function isSectionKey(key: string): key is SectionKey {
  return Object.prototype.hasOwnProperty.call(SECTION_BY_KEY, key);
}
