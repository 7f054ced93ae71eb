// Every fixed string the theme writes on the page, per locale. The i18n layer depends on nothing
// else in the theme: sections and the view model import these types, never the other way round.

/** The heading of each known section. Adding a section means adding its key here (and in every locale). */
interface SectionHeadings {
  education: string;
  publications: string;
  talks: string;
  teaching: string;
  grants: string;
  mentoring: string;
  service: string;
  patents: string;
  software: string;
  work: string;
  projects: string;
  awards: string;
  certificates: string;
  volunteer: string;
  skills: string;
  languages: string;
  interests: string;
  references: string;
}

export type SectionKey = keyof SectionHeadings;

/** Headings of publication groups (`groupPublications: "type"`), by publication type. */
export interface PublicationTypeHeadings {
  journal: string;
  conference: string;
  workshop: string;
  preprint: string;
  thesis: string;
  book: string;
  chapter: string;
  other: string;
}

export interface Labels {
  /** The page title when the resume has no name, e.g. "Curriculum Vitae". */
  curriculumVitae: string;
  /** Instead of an end date, for what is ongoing: "Present". */
  present: string;
  sections: SectionHeadings;
  /** The publications heading when only selected publications are shown. */
  selectedPublications: string;
  publicationTypes: PublicationTypeHeadings;
  /** The author marks legend: `*` and `†`, and the mark the markMentees option puts on mentees. */
  legendEqual: string;
  legendCorresponding: string;
  legendMentee: string;
  /** "Courses: …" under a degree. */
  courses: string;
  /** Before a bare score: "Score: 3.9". */
  score: string;
  /** "Thesis: …" and "Advisor(s): …" under a degree. */
  thesis: string;
  advisor: string;
  advisors: string;
  /** Under a degree: "Specialization: …", "Second major: …", "Minor: …". */
  minor: string;
  secondMajor: string;
  specialization: string;
  /** In the header, before what the resume writes: "Date of birth: Jul 15, 1995", "Nationality: Slovenian". */
  dateOfBirth: string;
  nationality: string;
  citizenship: string;
  /** Before the research interests written with the contact details: "Research interests: Embodied AI, 3D vision". */
  researchInterests: string;
  /** After a shortened author list; `{n}` is the number of names left out: "and {n} more". */
  andMore: string;
  /** The citation line under the Publications heading. */
  citations: string;
  hIndex: string;
  i10Index: string;
  /** A paper's citation count; `{n}` is the number: "Cited by {n}". */
  citedBy: string;
  /** The toggles under a paper. */
  abstract: string;
  bibtex: string;
  /** A software entry's figures and terms: "Version: 2.1.0", "License: MIT", "Stars: 120". */
  version: string;
  license: string;
  stars: string;
  forks: string;
  downloads: string;
}
