import type { Labels } from '../i18n';

export type { Labels };

// The view model: what the components read. Built by toView() from untrusted JSON;
// every field here is already typed, trimmed, escaped-by-construction (plain strings) and URL-checked.

/** Inline markdown, parsed into a small tree that components turn into elements. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'em' | 'strong' | 'del'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type RichText = Inline[];

/** A calendar date as written in the resume. `iso` is set only when it parsed. */
export interface DateView {
  text: string;
  iso?: string;
}

export interface DateRangeView {
  start?: DateView;
  end?: DateView;
  /** True when there is a start date but no end date. */
  ongoing: boolean;
}

export interface LinkView {
  label: string;
  /** Absent when the resume gave no URL, or one that failed the safe-URL check. */
  href?: string;
}

export interface ProfileView {
  network: string;
  username: string;
  link: LinkView;
}

export interface BasicsView {
  name: string;
  label: string;
  image?: string;
  email?: LinkView;
  phone?: LinkView;
  url?: LinkView;
  location: string;
  summary: RichText;
  profiles: ProfileView[];
}

/** The common shape of a dated entry: work, volunteering, projects. */
export interface EntryView {
  title: string;
  titleHref?: string;
  subtitle: string;
  location: string;
  /** What the organisation or project is: work.description, projects[].description. */
  description: RichText;
  dates: DateRangeView;
  summary: RichText;
  highlights: RichText[];
  keywords: string[];
  /** Extra links shown under the entry (e.g. a URL that was not the title's). */
  links: LinkView[];
}

export interface EducationView {
  institution: string;
  href?: string;
  degree: string;
  department: string;
  /** As shown: a bare number comes with its label ("Score: 4.0"). */
  score: string;
  location: string;
  dates: DateRangeView;
  summary: RichText;
  courses: string[];
}

export interface AwardView {
  title: string;
  awarder: string;
  date?: DateView;
  summary: RichText;
}

export interface CertificateView {
  name: string;
  issuer: string;
  href?: string;
  date?: DateView;
}

export interface AuthorView {
  name: string;
  isOwner: boolean;
  /** Trailing marks such as `*` or `†`, explained once in the legend. */
  marks: string;
}

export interface PublicationView {
  title: string;
  href?: string;
  authors: AuthorView[];
  venue: string;
  publisher: string;
  status: string;
  award: string;
  type: string;
  selected: boolean;
  date?: DateView;
  summary: RichText;
  highlights: RichText[];
  links: LinkView[];
}

export interface PublicationGroupView {
  /** Empty when publications are not grouped. */
  heading: string;
  items: PublicationView[];
}

export interface PublicationsView {
  groups: PublicationGroupView[];
  /** The marks used in author lists, with their meaning, in order of first use. */
  legend: { mark: string; meaning: string }[];
}

export interface SkillView {
  name: string;
  level: string;
  keywords: string[];
}

export interface LanguageView {
  language: string;
  fluency: string;
}

export interface InterestView {
  name: string;
  keywords: string[];
}

export interface ReferenceView {
  name: string;
  reference: RichText;
}

export interface SectionViews {
  education: EducationView[];
  publications: PublicationsView;
  work: EntryView[];
  projects: EntryView[];
  awards: AwardView[];
  certificates: CertificateView[];
  volunteer: EntryView[];
  skills: SkillView[];
  languages: LanguageView[];
  interests: InterestView[];
  references: ReferenceView[];
}

export type SectionKey = keyof SectionViews;

export interface ThemeView {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  css: string;
  labels: Labels;
  basics: BasicsView;
  /** Sections to show, in order; empty ones are already left out. */
  order: SectionKey[];
  sections: SectionViews;
}
