// Untrusted resume JSON -> the typed view model. Never throws; drops what has the wrong type;
// never mutates its input.
import type { Labels, SectionKey, SectionViews, ThemeView } from './types';
import type { ModelContext } from './context';
import { obj } from './read';
import { ownerMatcher } from './names';
import { resolveOptions } from './options';
import { toBasics } from './basics';
import { toPublications } from './publications';
import {
  toAwards,
  toCertificates,
  toEducation,
  toInterests,
  toLanguages,
  toProjects,
  toReferences,
  toSkills,
  toVolunteer,
  toWork,
} from './sections';
import { localeFor } from '../i18n';
import { stylesheet } from '../styles/stylesheet';

function isEmpty(sections: SectionViews, key: SectionKey): boolean {
  const section = sections[key];
  return Array.isArray(section) ? section.length === 0 : section.groups.length === 0;
}

export function toView(input: unknown, givenOptions?: unknown): ThemeView {
  const resume = obj(input);
  const options = resolveOptions(resume, givenOptions);
  const locale = localeFor(options.locale);
  const { present, ...sectionLabels } = options.labels;
  const labels: Labels = {
    ...locale.labels,
    present: present ?? locale.labels.present,
    sections: { ...locale.labels.sections, ...sectionLabels },
  };
  const basics = toBasics(resume.basics);
  const ctx: ModelContext = {
    labels,
    formatMonth: locale.formatMonth,
    isOwner: ownerMatcher([basics.name, ...options.nameVariants]),
    options,
  };
  const sections: SectionViews = {
    education: toEducation(resume.education, ctx),
    publications: toPublications(resume.publications, ctx),
    work: toWork(resume.work, ctx),
    projects: toProjects(resume.projects, ctx),
    awards: toAwards(resume.awards, ctx),
    certificates: toCertificates(resume.certificates, ctx),
    volunteer: toVolunteer(resume.volunteer, ctx),
    skills: toSkills(resume.skills),
    languages: toLanguages(resume.languages),
    interests: toInterests(resume.interests),
    references: toReferences(resume.references),
  };
  return {
    lang: options.locale,
    dir: options.dir,
    title: basics.name || labels.curriculumVitae,
    css: stylesheet(options),
    labels,
    basics,
    order: options.order.filter((key) => !isEmpty(sections, key)),
    sections,
  };
}
