// Mappers for the standard sections other than basics and publications.
import type {
  AwardView,
  CertificateView,
  EducationView,
  EntryView,
  InterestView,
  LanguageView,
  ReferenceView,
  SkillView,
} from './types';
import type { ModelContext } from './context';
import { joinParts, objects, str, strings, type JsonObject } from './read';
import { toDateRange, toDateView } from './dates';
import { parseInlineMarkdown } from './markdown';
import { displayUrl, safeUrl } from './url';

function richList(value: unknown) {
  return strings(value).map(parseInlineMarkdown);
}

/** The shared shape of work, volunteer and project entries; `titleKey` names the entry. */
function toEntry(item: JsonObject, titleKey: string, subtitleKeys: string[], ctx: ModelContext): EntryView {
  const url = str(item.url) || str(item.website);
  const href = safeUrl(url);
  const title = str(item[titleKey]);
  const links = url && (!href || !title) ? [{ label: displayUrl(url), href }] : [];
  return {
    title,
    titleHref: title ? href : undefined,
    subtitle: joinParts(subtitleKeys.map((key) => str(item[key])).filter((part) => part !== title), ' · '),
    location: str(item.location),
    description: parseInlineMarkdown(str(item.description)),
    dates: toDateRange(item.startDate, item.endDate, ctx.formatMonth),
    summary: parseInlineMarkdown(str(item.summary)),
    highlights: richList(item.highlights),
    keywords: strings(item.keywords),
    links,
  };
}

function hasContent(entry: EntryView): boolean {
  return Boolean(
    entry.title || entry.subtitle || entry.summary.length || entry.highlights.length || entry.links.length ||
      entry.location || entry.description.length || entry.keywords.length || entry.dates.start || entry.dates.end,
  );
}

export function toWork(value: unknown, ctx: ModelContext): EntryView[] {
  return objects(value)
    .map((item) => toEntry(item, str(item.name) ? 'name' : 'company', ['position'], ctx))
    .filter(hasContent);
}

export function toVolunteer(value: unknown, ctx: ModelContext): EntryView[] {
  return objects(value)
    .map((item) => toEntry(item, 'organization', ['position'], ctx))
    .filter(hasContent);
}

export function toProjects(value: unknown, ctx: ModelContext): EntryView[] {
  return objects(value)
    .map((item) => {
      const entry = toEntry(item, 'name', ['entity', 'type'], ctx);
      const roles = strings(item.roles).join(', ');
      return { ...entry, subtitle: joinParts([roles, entry.subtitle], ' · ') };
    })
    .filter(hasContent);
}

/** A bare number ("3.9/4.0") gets a label; a score that names itself ("Rank: 5%", "GPA 3.9") does not. */
function scoreText(score: string, label: string): string {
  return !score || /\p{L}/u.test(score) ? score : `${label}: ${score}`;
}

export function toEducation(value: unknown, ctx: ModelContext): EducationView[] {
  return objects(value)
    .map((item) => ({
      institution: str(item.institution),
      href: safeUrl(str(item.url)),
      degree: joinParts([str(item.studyType), str(item.area)]),
      department: str(item.department),
      score: scoreText(str(item.score) || str(item.gpa), ctx.labels.score),
      location: str(item.location),
      dates: toDateRange(item.startDate, item.endDate, ctx.formatMonth),
      summary: parseInlineMarkdown(str(item.summary)),
      courses: strings(item.courses),
    }))
    .filter(
      (item) =>
        item.institution || item.degree || item.department || item.score || item.location || item.href ||
        item.courses.length || item.summary.length || item.dates.start || item.dates.end,
    );
}

export function toAwards(value: unknown, ctx: ModelContext): AwardView[] {
  return objects(value)
    .map((item) => ({
      title: str(item.title),
      awarder: str(item.awarder),
      date: toDateView(item.date, ctx.formatMonth),
      summary: parseInlineMarkdown(str(item.summary)),
    }))
    .filter((item) => item.title || item.awarder || item.summary.length || item.date);
}

export function toCertificates(value: unknown, ctx: ModelContext): CertificateView[] {
  return objects(value)
    .map((item) => ({
      name: str(item.name),
      issuer: str(item.issuer),
      href: safeUrl(str(item.url)),
      date: toDateView(item.date, ctx.formatMonth),
    }))
    .filter((item) => item.name || item.issuer || item.href || item.date);
}

export function toSkills(value: unknown): SkillView[] {
  return objects(value)
    .map((item) => ({ name: str(item.name), level: str(item.level), keywords: strings(item.keywords) }))
    .filter((item) => item.name || item.level || item.keywords.length);
}

export function toLanguages(value: unknown): LanguageView[] {
  return objects(value)
    .map((item) => ({ language: str(item.language), fluency: str(item.fluency) }))
    .filter((item) => item.language || item.fluency);
}

export function toInterests(value: unknown): InterestView[] {
  return objects(value)
    .map((item) => ({ name: str(item.name), keywords: strings(item.keywords) }))
    .filter((item) => item.name || item.keywords.length);
}

export function toReferences(value: unknown): ReferenceView[] {
  return objects(value)
    .map((item) => ({ name: str(item.name), reference: parseInlineMarkdown(str(item.reference)) }))
    .filter((item) => item.name || item.reference.length);
}
