import type { DateView, LinkView, RichText } from './types';
import type { ModelContext } from './context';
import { parseCalendarDate } from './dates';
import { placeText } from './entry';
import { dateOf, fieldPointer, joinProse, rich, richList, urlOf } from './fields';
import { readableKey } from './keys';
import { field, firstStr, isObject, objects, str, strings, type JsonObject } from './read';
import { peek } from './track';
import { displayUrl, hrefOf, mailto, safeImageUrl, tel } from './url';
import { kept, mapped } from '../arrays';

/** A labelled detail of the header: "Date of birth: 15 Jul 1995" (with its ISO date), "Nationality: Slovenian". */
interface PersonalDetail extends DateView {
  label: string;
}

interface ProfileView {
  network: string;
  username: string;
  link: LinkView;
}

/** The name in the script of the person's language ("刘邦亚"), with that language when the field names it. */
interface NativeName {
  text: string;
  lang?: string;
}

export interface BasicsView {
  name: string;
  nativeName?: NativeName;
  /** The header's heading: the name, else the title a resume without basics gives itself ("CURRICULUM VITAE"), else the label "Curriculum Vitae". */
  heading: string;
  label: string;
  image?: string;
  email?: LinkView;
  phone?: LinkView;
  url?: LinkView;
  location: string;
  /** What European CVs often give, in this order: date of birth, nationality, citizenship. */
  personal: PersonalDetail[];
  summary: RichText;
  /** Research interests written with the contact details ("research_interests": [ … ]). */
  interests: string[];
  profiles: ProfileView[];
}

/** Objects that hold a resume's contact details when it has no `basics`. */
const CONTACT_OBJECTS = ['contact', 'info', 'personal', 'personal_info', 'personalInfo', 'profile'];
/** A profile's network, or the title of a link written in its place. */
const NETWORK = ['network', 'title', 'label'];
export const BIRTH_DATE = ['birthDate', 'dateOfBirth', 'birthday', 'dob'];
/** What resume builders, parsers and researchers' profiles name the summary besides `summary`: one paragraph, or a list of them. */
const SUMMARY = ['summary', 'professional_summary', 'professionalSummary', 'bio', 'biography', 'about'];
const IMAGE = ['image', 'picture', 'photo', 'avatar'];
const INTERESTS = ['research_interests', 'researchInterests'];
/** Networks by the keys that name them (a `links` object's, a profile field's), where the key made readable would misspell them. */
const NETWORK_NAMES: Record<string, string> = {
  github: 'GitHub',
  linkedin: 'LinkedIn',
  google_scholar: 'Google Scholar',
  googlescholar: 'Google Scholar',
  orcid: 'ORCID',
  researchgate: 'ResearchGate',
  cv: 'CV',
  cv_pdf: 'CV',
};
/**
 * Profile addresses written as fields of their own (`"github": "https://github.com/…"`), also as
 * `github url` (as a resume of keys with spaces writes it), `github_url` or `githubUrl`.
 */
const PROFILE_FIELDS = mapped(['github', 'linkedin'], (key) => ({
  network: NETWORK_NAMES[key] ?? key,
  names: [key, `${key} url`, `${key}_url`, `${key}Url`],
}));
const EMAIL = /^[^\s@/:]+@[^\s@/]+$/;
/** The line under the name: "Associate Professor" is written as `position` too. */
const LABEL = ['label', 'subtitle', 'position'];
/** One nationality or several, as text or a list. */
const NATIONALITY = ['nationality', 'citizenship'] as const;
/** A name written in parts, as some builders write it: `name` and `surname`, or `firstName` and `lastName`. */
const GIVEN_NAME = ['name', 'firstName', 'first_name', 'givenName', 'given_name'];
const FAMILY_NAME = ['surname', 'lastName', 'last_name', 'familyName', 'family_name'];
/** The name in another script, as researchers' profiles write it beside the name: `name_zh`, `nativeName`. */
const NATIVE_NAME: readonly (readonly [field: string, lang?: string])[] = [
  ['nativeName'],
  ['name_native'],
  ['localName'],
  ['name_zh', 'zh'],
  ['name_cn', 'zh'],
  ['name_ja', 'ja'],
  ['name_ko', 'ko'],
];

const HEADER_FIELDS = [
  ...GIVEN_NAME,
  ...FAMILY_NAME,
  ...mapped(NATIVE_NAME, ([field]) => field),
  'label',
  'subtitle',
  'position',
  'title',
  ...SUMMARY,
  'email',
  'phone',
  'url',
  'website',
  'link',
  'location',
  ...BIRTH_DATE,
  ...NATIONALITY,
  ...IMAGE,
  ...INTERESTS,
  'profiles',
  ...PROFILE_FIELDS.flatMap((field) => field.names),
];

/** Header fields that may be lists: at the top level of a resume without `basics`, they are no sections. */
const LIST_FIELDS = ['profiles', ...NATIONALITY];

/**
 * Where the header's fields are: `basics`, or, in a resume written without it, the top level
 * (`"name"`, `"summary"`) and its `contact` or `info` object.
 */
function headerSources(resume: JsonObject): JsonObject[] {
  if (isObject(resume.basics)) return [resume.basics];
  const contacts = mapped(CONTACT_OBJECTS, (key) => field(resume, key));
  return [resume, ...kept(contacts, isObject)];
}

/** Top-level keys the header reads, which are therefore no sections (a list other than profiles is one). */
export function headerKeys(resume: JsonObject): string[] {
  if (isObject(peek(resume, 'basics'))) return ['basics'];
  const fields = kept(HEADER_FIELDS, (key) => LIST_FIELDS.includes(key) || !Array.isArray(peek(resume, key)));
  return [...fields, ...kept(CONTACT_OBJECTS, (key) => isObject(peek(resume, key)))];
}

/** The first source with any of the fields set (an empty object when none has). */
function sourceOf(sources: JsonObject[], keys: readonly string[]): JsonObject {
  return sources.find((source) => keys.some((key) => str(field(source, key)))) ?? {};
}

/** The name, its parts joined when it is written in parts (phydev-….json: "Maurício" and "Moreira Soares"). */
function fullName(sources: JsonObject[]): string {
  for (const source of sources) {
    const given = firstStr(source, GIVEN_NAME);
    if (!given) continue;
    const family = firstStr(source, FAMILY_NAME);
    return family && !given.includes(family) ? `${given} ${family}` : given;
  }
  return '';
}

/** A title in basics or a contact object is the person's ("PhD"); at the top level of a resume it may be the document's. */
function personTitle(resume: JsonObject, sources: JsonObject[]): string {
  for (const source of sources) {
    const title = source === resume ? '' : str(source.title);
    if (title) return title;
  }
  return '';
}

/**
 * The resume owner's names as the header shows them, read in one pass: the name, and the name in
 * another script ("刘邦亚"), which papers in that language write (without a name, it is the name).
 */
export function ownerNames(resume: JsonObject): string[] {
  const sources = headerSources(resume);
  const name = fullName(sources);
  const native = nativeNameOf(sources)?.text ?? '';
  return kept([name, native], (written, index) => written && !(index === 1 && written === name));
}

function nativeNameOf(sources: JsonObject[]): NativeName | undefined {
  for (const source of sources) {
    for (const [key, lang] of NATIVE_NAME) {
      const text = str(field(source, key));
      if (text) return lang ? { text, lang } : { text };
    }
  }
  return undefined;
}

function profile(item: JsonObject, ctx: ModelContext): ProfileView | undefined {
  const network = firstStr(item, NETWORK);
  const username = str(item.username);
  const { url, href } = urlOf(item, ctx);
  if (!network && !username && !url) return undefined;
  const label = username || (url ? displayUrl(url) : network);
  return { network: label === network ? '' : network, username, link: { label, href } };
}

function fieldProfiles(sources: JsonObject[]): ProfileView[] {
  return PROFILE_FIELDS.flatMap(({ network, names }) => {
    const written = firstStr(sourceOf(sources, names), names);
    if (!written) return [];
    // An address links; a bare user name ("ALMSIVI") is shown as it is.
    const isAddress = /[./]/.test(written);
    return [
      {
        network,
        username: isAddress ? '' : written,
        link: { label: isAddress ? displayUrl(written) : written, href: isAddress ? hrefOf(written) : undefined },
      },
    ];
  });
}

function image(basics: JsonObject, ctx: ModelContext): string | undefined {
  const source = firstStr(basics, IMAGE);
  const checked = safeImageUrl(source);
  const key = ctx.lint && !checked && source ? IMAGE.find((name) => str(basics[name])) : undefined;
  const path = key ? fieldPointer(basics, key) : undefined;
  if (path !== undefined) {
    ctx.lint?.warn(
      path,
      'This picture is not shown: use an http(s) address, a relative path, or a PNG, JPEG, GIF, WebP or AVIF data: URL.',
    );
  }
  return checked;
}

/** The date of birth to the day ("Jul 15, 1995"), as written when it is no date the theme can read. */
function birthDate(sources: JsonObject[], ctx: ModelContext): PersonalDetail | undefined {
  for (const source of sources) {
    const date = dateOf(source, BIRTH_DATE, ctx);
    if (!date) continue;
    const day = date.iso ? parseCalendarDate(date.iso) : undefined;
    const text = day?.month && day.day ? ctx.formatDay(day.year, day.month, day.day) : date.text;
    return { label: ctx.labels.dateOfBirth, text, iso: date.iso };
  }
  return undefined;
}

const PERSONAL_FIELDS = [...BIRTH_DATE, ...NATIONALITY];

function personalDetails(sources: JsonObject[], ctx: ModelContext): PersonalDetail[] {
  const details: PersonalDetail[] = [];
  // Most CVs give none of these. Without this test, reading them cost AlexanderPico-icv.json 1.9% of
  // its steady-state count (4.474 against 4.392 M); with it, 4.370 M.
  if (!sources.some((source) => PERSONAL_FIELDS.some((key) => field(source, key) !== undefined))) return details;
  const born = birthDate(sources, ctx);
  if (born) details.push(born);
  for (const key of NATIONALITY) {
    const written = mapped(sources, (source) => strings(field(source, key))).find((texts) => texts.length);
    if (written) details.push({ label: ctx.labels[key], text: written.join(', ') });
  }
  return details;
}

/** The summary: one paragraph, or a list of them (a list at the top level of a resume is a section). */
function summaryOf(resume: JsonObject, sources: JsonObject[]): RichText {
  for (const source of sources) {
    for (const key of SUMMARY) {
      const value = field(source, key);
      const paragraphs = Array.isArray(value) && source !== resume ? richList(value) : [];
      if (paragraphs.length) return joinProse(paragraphs);
      if (str(value)) return rich(value);
    }
  }
  return [];
}

/** Research interests in the header's sources (a list at the top level of a resume is a section). */
function interestsOf(resume: JsonObject, sources: JsonObject[]): string[] {
  for (const source of sources) {
    for (const key of INTERESTS) {
      const value = field(source, key);
      if (source === resume && Array.isArray(value)) continue;
      const interests = strings(value);
      if (interests.length) return interests;
    }
  }
  return [];
}

/** A contact object's `links` written as an object (`{ "github": "https://…", "email_primary": "…" }`). */
function linksObject(resume: JsonObject, sources: JsonObject[]): JsonObject | undefined {
  const links = sources.find((source) => source !== resume && isObject(source.links))?.links;
  return isObject(links) ? links : undefined;
}

/** The first address of a links object that is an email address (the others are not read, and validate() names them). */
function linksEmail(links: JsonObject | undefined): string {
  const key = links && Object.keys(links).find((name) => EMAIL.test(str(peek(links, name))));
  return links && key ? str(links[key]) : '';
}

function linkProfiles(links: JsonObject | undefined): ProfileView[] {
  if (!links) return [];
  // Looked at before it is read: a value that is no address (an object, an email address) is not shown, and validate() says so.
  const addresses = kept(Object.keys(links), (key) => {
    const value = str(peek(links, key));
    return value && !EMAIL.test(value);
  });
  return mapped(addresses, (key) => {
    const value = str(links[key]);
    return {
      network: field(NETWORK_NAMES, key.toLowerCase()) ?? readableKey(key),
      username: '',
      link: { label: displayUrl(value), href: hrefOf(value) },
    };
  });
}

export function toBasics(resume: JsonObject, ctx: ModelContext): BasicsView {
  const sources = headerSources(resume);
  const text = (keys: string[]) => firstStr(sourceOf(sources, keys), keys);
  const links = linksObject(resume, sources);
  const email = text(['email']) || linksEmail(links);
  const phone = text(['phone']);
  const { url, href } = urlOf(sourceOf(sources, ['url', 'website', 'link']), ctx);
  // Profiles written as `links: [{ "title": "GitHub", "url": … }]` in basics or a contact object (not
  // at the top level, where a list of links is a section).
  const profiles = objects(
    sources.find((source) => Array.isArray(source.profiles))?.profiles ??
      sources.find((source) => source !== resume && Array.isArray(source.links))?.links,
  );
  const nativeName = nativeNameOf(sources);
  // Without a name, the name in another script is the name.
  const name = fullName(sources) || nativeName?.text || '';
  return {
    name,
    nativeName: nativeName?.text === name ? undefined : nativeName,
    heading: name || (isObject(resume.basics) ? '' : str(resume.title)) || ctx.labels.curriculumVitae,
    label: text(LABEL) || personTitle(resume, sources),
    image: image(sourceOf(sources, IMAGE), ctx),
    email: email ? { label: email, href: mailto(email) } : undefined,
    phone: phone ? { label: phone, href: tel(phone) } : undefined,
    url: url ? { label: displayUrl(url), href } : undefined,
    location: placeText(sources.find((source) => source.location !== undefined && source.location !== null)?.location),
    personal: personalDetails(sources, ctx),
    summary: summaryOf(resume, sources),
    interests: interestsOf(resume, sources),
    profiles: [
      ...kept(
        mapped(profiles, (item) => profile(item, ctx)),
        (item): item is ProfileView => item !== undefined,
      ),
      ...fieldProfiles(sources),
      ...linkProfiles(links),
    ],
  };
}
