import type { Located, DateRangeView, LinkView, RichText } from '../model/types';
import type { Labels } from '../i18n';
import { linkList, located, rich, richList, urlOf } from '../model/fields';
import { datesOf, highlightsOf, placeText } from '../model/entry';
import { firstStr, isObject, joinParts, str, strings, type JsonObject } from '../model/read';
import { hrefOf } from '../model/url';
import { dateRange } from '../elements/dates';
import { entry, entryList } from '../elements/entry';
import { highlights, inlineList, links } from '../elements/lists';
import { prose, richText } from '../elements/richText';
import { safeLink } from '../elements/safeLink';
import { listSection } from './descriptor';
import { links as linksSchema } from './schemaParts';
import { kept, mapped } from '../arrays';

/** @public Named in the type declarations of SECTIONS (src/sections/registry.ts). */
export interface EducationView extends Located {
  institution: string;
  href?: string;
  degree: string;
  department: string;
  /** The programme of study: "Special Programme in Science", "Doctoral Programme in Physics". */
  programs: string[];
  /** What narrows or adds to the degree, each as written. */
  specializations: string[];
  secondMajors: string[];
  minors: string[];
  /** As shown: a bare number comes with its label ("Score: 4.0"). */
  score: string;
  location: string;
  dates: DateRangeView;
  thesis?: ThesisView;
  /** Each as written, links and formatting included ("<a href=…>Prof. Ada Lovelace</a>"). */
  advisors: RichText[];
  summary: RichText;
  highlights: RichText[];
  courses: RichText[];
  links: LinkView[];
}

/** A thesis's title, which may hold its formatting and its own link, and the address of the thesis. */
interface ThesisView {
  title: RichText;
  href?: string;
}

/** A bare number ("3.9/4.0") gets a label; a score that names itself ("Rank: 5%", "GPA 3.9") does not. */
function scoreText(score: string, label: string): string {
  return !score || /\p{L}/u.test(score) ? score : `${label}: ${score}`;
}

type StudyField = 'programs' | 'specializations' | 'secondMajors' | 'minors';

/** The fields that add to a degree, by name. */
const STUDY_FIELDS = new Map<string, StudyField>([
  ['program', 'programs'],
  ['programme', 'programs'],
  ['studyProgram', 'programs'],
  ['studyProgramme', 'programs'],
  ['specialization', 'specializations'],
  ['specialisation', 'specializations'],
  ['concentration', 'specializations'],
  ['module', 'specializations'],
  ['secondMajor', 'secondMajors'],
  ['second_major', 'secondMajors'],
  ['minor', 'minors'],
  ['minors', 'minors'],
]);

/**
 * Programme, specializations, second majors and minors, found among the entry's own field names: most
 * degrees have none, and a look-up of each name the entry does not have cost more (9 k instructions
 * a degree for the twelve names). A specialization the degree already names ("PhD in Physics
 * (Nuclear Engineering)") is not said twice.
 */
function studiesOf(item: JsonObject, degree: string): Record<StudyField, string[]> {
  const studies: Record<StudyField, string[]> = { programs: [], specializations: [], secondMajors: [], minors: [] };
  for (const key of Object.keys(item)) {
    const field = STUDY_FIELDS.get(key);
    if (field) studies[field].push(...strings(item[key]));
  }
  studies.specializations = kept(studies.specializations, (text) => !degree.includes(text));
  return studies;
}

/** `thesis` as { title, url }, or as a title with `thesisUrl` beside it. */
function thesisOf(value: unknown, url: unknown): ThesisView | undefined {
  const thesis = isObject(value) ? value : { title: value, url };
  const title = rich(firstStr(thesis, ['title', 'name']));
  const href = hrefOf(str(thesis.url));
  // With no title, its address is shown as written, not read as markdown.
  return title.length ? { title, href } : href ? { title: [{ kind: 'text', text: str(thesis.url) }], href } : undefined;
}

/** True when the text holds a link of its own, which a link around it would nest. */
function hasLink(text: RichText): boolean {
  return text.some((node) => node.kind === 'link' || ('children' in node && hasLink(node.children)));
}

/** The thesis's title, a link to its address unless the title links somewhere itself. */
function thesisTitle({ title, href }: ThesisView) {
  return safeLink(hasLink(title) ? undefined : href, '', richText(title));
}

function hasContent(item: EducationView): boolean {
  return Boolean(
    item.institution ||
    item.degree ||
    item.department ||
    item.programs.length ||
    item.specializations.length ||
    item.secondMajors.length ||
    item.minors.length ||
    item.score ||
    item.location ||
    item.href ||
    item.thesis ||
    item.advisors.length ||
    item.courses.length ||
    item.summary.length ||
    item.highlights.length ||
    item.links.length ||
    item.dates.start ||
    item.dates.end,
  );
}

/** "Minor: Mathematics, Economics"; empty without any. */
function labelled(label: string, texts: string[]): string {
  return texts.length ? `${label}: ${texts.join(', ')}` : '';
}

function degree(item: EducationView, labels: Labels) {
  const advisorLabel = item.advisors.length > 1 ? labels.advisors : labels.advisor;
  const studies = joinParts(
    [
      labelled(labels.specialization, item.specializations),
      labelled(labels.secondMajor, item.secondMajors),
      labelled(labels.minor, item.minors),
    ],
    ' · ',
  );
  const place = joinParts([item.department, item.programs.join(' · '), item.location], ' · ');
  return entry(
    { title: safeLink(item.href, item.institution || item.degree), when: dateRange(item.dates, labels.present) },
    item.institution && item.degree ? <p class="entry-sub">{item.degree}</p> : null,
    studies ? <p class="entry-meta">{studies}</p> : null,
    place ? <p class="entry-meta">{place}</p> : null,
    item.score ? <p class="entry-meta">{item.score}</p> : null,
    item.thesis ? (
      <p class="entry-meta">
        {labels.thesis}: <em>{thesisTitle(item.thesis)}</em>
      </p>
    ) : null,
    item.advisors.length ? (
      <p class="entry-meta">
        {advisorLabel}: {mapped(item.advisors, (advisor, index) => [index ? ', ' : null, richText(advisor)])}
      </p>
    ) : null,
    prose(item.summary, 'entry-body'),
    highlights(item.highlights),
    item.courses.length ? (
      <div class="entry-meta">
        {labels.courses}: {inlineList(item.courses)}
      </div>
    ) : null,
    item.links.length ? <div class="entry-meta">{links(item.links)}</div> : null,
  );
}

const INSTITUTION = ['institution', 'school', 'university', 'org', 'organization', 'title'];

/** An institution written as an object, `{ "name_en", "name_native", "acronym", "location" }` (phydev-….json): its name. */
function institutionObjectName(value: unknown): string {
  return isObject(value) ? firstStr(value, ['name', 'name_en', 'name_native']) : '';
}

export const education = listSection({
  key: 'education',
  item: (entry, ctx) => {
    if (typeof entry === 'string') entry = { institution: entry };
    const degree = joinParts([
      firstStr(entry, ['studyType', 'degree', 'level']),
      firstStr(entry, ['area', 'field', 'major', 'course', 'subject']),
    ]);
    const item: EducationView = {
      at: located(entry, ctx),
      institution: firstStr(entry, INSTITUTION) || institutionObjectName(entry.institution),
      href: urlOf(entry, ctx).href,
      degree,
      department: str(entry.department),
      ...studiesOf(entry, degree),
      score: scoreText(firstStr(entry, ['score', 'gpa']), ctx.labels.score),
      location: placeText(entry.location ?? (isObject(entry.institution) ? entry.institution.location : undefined)),
      dates: datesOf(entry, {}, ctx),
      thesis: thesisOf(entry.thesis ?? entry.dissertation, entry.thesisUrl),
      advisors: richList(entry.advisors ?? entry.advisor ?? entry.supervisors ?? entry.supervisor),
      summary: rich(entry.summary ?? entry.description ?? entry.detail),
      highlights: highlightsOf(entry),
      courses: richList(entry.courses),
      links: linkList(entry.links, ctx),
    };
    return hasContent(item) ? item : undefined;
  },
  Component: ({ view, labels }) => entryList(mapped(view, (item) => degree(item, labels))),
  schema: {
    items: {
      properties: {
        department: { type: 'string', description: 'e.g. Department of Electrical Engineering and Computer Sciences' },
        location: { type: 'string', description: 'e.g. Berkeley, CA' },
        degree: { type: 'string', description: 'The degree, when studyType is not given: PhD, MSc.' },
        program: { type: 'string', description: 'The programme of study, e.g. Special Programme in Science.' },
        specialization: { type: 'string', description: 'A specialization or concentration within the degree (also concentration).' },
        secondMajor: { type: 'string', description: 'A second major.' },
        minor: {
          description: 'A minor, or several.',
          oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        },
        thesis: {
          description: 'The thesis title, or { "title", "url" }; inline markdown.',
          oneOf: [
            { type: 'string' },
            { type: 'object', properties: { title: { type: 'string' }, url: { type: 'string', format: 'uri-reference' } } },
          ],
        },
        thesisUrl: { type: 'string', description: 'Where the thesis can be read, when thesis is its title.', format: 'uri-reference' },
        advisors: { type: 'array', description: 'Advisors, in order; inline markdown (a link to their page).', items: { type: 'string' } },
        highlights: { type: 'array', description: 'Bullet points; inline markdown.', items: { type: 'string' } },
        links: linksSchema(),
      },
    },
  },
});
