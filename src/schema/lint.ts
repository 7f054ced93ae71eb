// Research lint: things the schema cannot see but a reader of the CV would notice.
// Each finding is a warning with the JSON pointer of the value to fix.
import type { Problem } from './validate';
import { isObject, obj, str, type JsonObject } from '../model/read';
import { parseCalendarDate, type CalendarDate } from '../model/dates';
import { ownerMatcher, splitAuthorMarks } from '../model/names';
import { resolveOptions } from '../model/options';
import { ARXIV_PREFIX, DOI_PREFIX } from '../model/publications';
import { safeImageUrl, safeUrl } from '../model/url';
import { missingLocaleMessage } from '../i18n';

const DOI = /^10\.\d{4,9}\/\S+$/;
// New-style arXiv ids are YYMM.NNNN (to 2014) or YYMM.NNNNN; old ones archive(.SC)/YYMMNNN.
const ARXIV_NEW = /^\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?$/;
const ARXIV_OLD = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{2}(?:0[1-9]|1[0-2])\d{3}(?:v\d+)?$/;
const NEEDS_VENUE = /\b(?:accepted|published|to appear|in press|forthcoming)\b/i;

const RANGE_SECTIONS = ['work', 'volunteer', 'education', 'projects'];
const DATE_FIELDS: Record<string, string[]> = {
  work: ['startDate', 'endDate'],
  volunteer: ['startDate', 'endDate'],
  education: ['startDate', 'endDate'],
  projects: ['startDate', 'endDate'],
  awards: ['date'],
  certificates: ['date'],
  publications: ['releaseDate'],
};
const URL_SECTIONS = ['work', 'volunteer', 'education', 'certificates', 'publications', 'projects'];

function warn(path: string, message: string): Problem {
  return { path, message, severity: 'warning' };
}

/** [index, item] for each object of an array, keeping the index of the item in the resume. */
function indexedObjects(value: unknown): [number, JsonObject][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index): [number, JsonObject][] => (isObject(item) ? [[index, item]] : []));
}

/** Negative when a is earlier, comparing only as precisely as both dates are written. */
function compareDates(a: CalendarDate, b: CalendarDate): number {
  const pairs: [number | undefined, number | undefined][] = [
    [Number(a.year), Number(b.year)],
    [a.month, b.month],
    [a.day, b.day],
  ];
  for (const [left, right] of pairs) {
    if (left === undefined || right === undefined) return 0;
    if (left !== right) return left - right;
  }
  return 0;
}

function lintDates(resume: JsonObject): Problem[] {
  const problems: Problem[] = [];
  for (const [section, fields] of Object.entries(DATE_FIELDS)) {
    for (const [index, item] of indexedObjects(resume[section])) {
      const parsed: Record<string, CalendarDate | undefined> = {};
      for (const field of fields) {
        const text = typeof item[field] === 'string' ? str(item[field]) : '';
        if (!text) continue;
        parsed[field] = parseCalendarDate(text);
        if (!parsed[field]) {
          problems.push(warn(`/${section}/${index}/${field}`, `"${text}" is not a date the theme can read: write it as YYYY, YYYY-MM or YYYY-MM-DD (it is shown as written).`));
        }
      }
      const { startDate, endDate } = parsed;
      if (RANGE_SECTIONS.includes(section) && startDate && endDate && compareDates(endDate, startDate) < 0) {
        problems.push(warn(`/${section}/${index}/endDate`, `The end date (${str(item.endDate)}) is before the start date (${str(item.startDate)}).`));
      }
    }
  }
  return problems;
}

function normalTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function lintPublications(resume: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const ownerName = str(obj(resume.basics).name);
  const ownerNames = [ownerName, ...resolveOptions(resume, undefined).nameVariants].filter(Boolean);
  const isOwner = ownerMatcher(ownerNames);
  const firstWithTitle = new Map<string, number>();
  for (const [index, pub] of indexedObjects(resume.publications)) {
    const path = `/publications/${index}`;
    const authors = Array.isArray(pub.authors) ? pub.authors.map(str).filter(Boolean) : [];
    if (ownerNames.length && authors.length && !authors.some((author) => isOwner(splitAuthorMarks(author).name))) {
      problems.push(warn(`${path}/authors`, `Your name (${ownerNames.join(' / ')}) is not in this paper's authors, so it cannot be shown in bold: add the spelling used here to meta.themeOptions.nameVariants.`));
    }
    const status = str(pub.status);
    if (NEEDS_VENUE.test(status) && !str(pub.venue) && !str(pub.publisher)) {
      problems.push(warn(`${path}/venue`, `This paper is "${status}" but has no venue (or publisher): say where it appears.`));
    }
    const titleKey = normalTitle(str(pub.name));
    const first = firstWithTitle.get(titleKey);
    if (titleKey && first !== undefined) {
      problems.push(warn(`${path}/name`, `Same title as publications[${first}]: "${str(pub.name)}" is listed twice.`));
    } else if (titleKey) firstWithTitle.set(titleKey, index);
    const doi = str(pub.doi);
    if (doi && !DOI.test(doi.replace(DOI_PREFIX, ''))) {
      problems.push(warn(`${path}/doi`, `"${doi}" is not a DOI: a DOI looks like 10.1145/3368089.3409740.`));
    }
    const arxiv = str(pub.arxiv);
    const arxivId = arxiv.replace(ARXIV_PREFIX, '');
    if (arxiv && !ARXIV_NEW.test(arxivId) && !ARXIV_OLD.test(arxivId)) {
      problems.push(warn(`${path}/arxiv`, `"${arxiv}" is not an arXiv identifier: it looks like 2310.11511 (or hep-th/9901001 for papers before 2007).`));
    }
    for (const [linkIndex, link] of indexedObjects(pub.links)) {
      problems.push(...lintUrl(`${path}/links/${linkIndex}/url`, link.url));
    }
  }
  return problems;
}

function lintUrl(path: string, value: unknown): Problem[] {
  const url = typeof value === 'string' ? value.trim() : '';
  if (!url || safeUrl(url)) return [];
  return [warn(path, `"${url}" is not shown as a link: only http(s), mailto and tel links, and relative ones, are.`)];
}

function lintUrls(resume: JsonObject): Problem[] {
  const basics = obj(resume.basics);
  const problems = lintUrl('/basics/url', basics.url);
  const image = str(basics.image);
  if (image && !safeImageUrl(image)) {
    problems.push(warn('/basics/image', 'This picture is not shown: use an http(s) address, a relative path, or a PNG, JPEG, GIF, WebP or AVIF data: URL.'));
  }
  for (const [index, profile] of indexedObjects(basics.profiles)) problems.push(...lintUrl(`/basics/profiles/${index}/url`, profile.url));
  for (const section of URL_SECTIONS) {
    for (const [index, item] of indexedObjects(resume[section])) problems.push(...lintUrl(`/${section}/${index}/url`, item.url));
  }
  return problems;
}

function lintLanguage(resume: JsonObject): Problem[] {
  const message = missingLocaleMessage(resume);
  if (!message) return [];
  // Where the locale goes, as far as the resume has that path: /meta/themeOptions/locale, or its parent.
  const meta = resume.meta;
  const path = !isObject(meta) ? '/meta' : isObject(meta.themeOptions) ? '/meta/themeOptions/locale' : '/meta/themeOptions';
  return [warn(path, message)];
}

export function lint(resume: JsonObject): Problem[] {
  return [...lintDates(resume), ...lintPublications(resume), ...lintUrls(resume), ...lintLanguage(resume)];
}
