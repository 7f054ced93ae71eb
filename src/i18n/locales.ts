// Labels and date formats per locale. Fixed tables, not Intl, so output never depends on the
// machine's ICU data or locale.
import type { Labels } from '../model/types';

export interface Locale {
  labels: Labels;
  formatMonth: (year: string, month: number) => string;
}

type Months = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

function monthYear(months: Months) {
  return (year: string, month: number) => `${months[month - 1] ?? ''} ${year}`;
}

const en: Locale = {
  formatMonth: monthYear(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']),
  labels: {
    present: 'Present',
    legendEqual: 'Equal contribution',
    legendCorresponding: 'Corresponding author',
    courses: 'Courses',
    score: 'Score',
    curriculumVitae: 'Curriculum Vitae',
    sections: {
      education: 'Education',
      publications: 'Publications',
      work: 'Experience',
      projects: 'Projects',
      awards: 'Awards & Honors',
      certificates: 'Certificates',
      volunteer: 'Service & Volunteering',
      skills: 'Skills',
      languages: 'Languages',
      interests: 'Interests',
      references: 'References',
    },
    publicationTypes: {
      journal: 'Journal Articles',
      conference: 'Conference Papers',
      workshop: 'Workshop Papers',
      preprint: 'Preprints',
      thesis: 'Theses',
      book: 'Books',
      chapter: 'Book Chapters',
      other: 'Other',
    },
  },
};

const de: Locale = {
  formatMonth: monthYear(['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']),
  labels: {
    present: 'heute',
    legendEqual: 'Gleicher Beitrag',
    legendCorresponding: 'Korrespondierende Autorschaft',
    courses: 'Kurse',
    score: 'Note',
    curriculumVitae: 'Lebenslauf',
    sections: {
      education: 'Ausbildung',
      publications: 'Publikationen',
      work: 'Berufserfahrung',
      projects: 'Projekte',
      awards: 'Auszeichnungen',
      certificates: 'Zertifikate',
      volunteer: 'Ehrenamt',
      skills: 'Kenntnisse',
      languages: 'Sprachen',
      interests: 'Interessen',
      references: 'Referenzen',
    },
    publicationTypes: {
      journal: 'Zeitschriftenartikel',
      conference: 'Konferenzbeiträge',
      workshop: 'Workshopbeiträge',
      preprint: 'Preprints',
      thesis: 'Abschlussarbeiten',
      book: 'Bücher',
      chapter: 'Buchkapitel',
      other: 'Sonstiges',
    },
  },
};

const fr: Locale = {
  formatMonth: monthYear(['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']),
  labels: {
    present: 'aujourd’hui',
    legendEqual: 'Contribution égale',
    legendCorresponding: 'Auteur correspondant',
    courses: 'Cours',
    score: 'Mention',
    curriculumVitae: 'Curriculum vitæ',
    sections: {
      education: 'Formation',
      publications: 'Publications',
      work: 'Expérience',
      projects: 'Projets',
      awards: 'Prix et distinctions',
      certificates: 'Certifications',
      volunteer: 'Bénévolat',
      skills: 'Compétences',
      languages: 'Langues',
      interests: 'Centres d’intérêt',
      references: 'Références',
    },
    publicationTypes: {
      journal: 'Articles de revue',
      conference: 'Articles de conférence',
      workshop: 'Articles d’atelier',
      preprint: 'Prépublications',
      thesis: 'Thèses',
      book: 'Livres',
      chapter: 'Chapitres de livre',
      other: 'Autres',
    },
  },
};

const es: Locale = {
  formatMonth: monthYear(['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.']),
  labels: {
    present: 'actualidad',
    legendEqual: 'Contribución igual',
    legendCorresponding: 'Autor de correspondencia',
    courses: 'Cursos',
    score: 'Nota',
    curriculumVitae: 'Currículum',
    sections: {
      education: 'Formación',
      publications: 'Publicaciones',
      work: 'Experiencia',
      projects: 'Proyectos',
      awards: 'Premios',
      certificates: 'Certificados',
      volunteer: 'Voluntariado',
      skills: 'Habilidades',
      languages: 'Idiomas',
      interests: 'Intereses',
      references: 'Referencias',
    },
    publicationTypes: {
      journal: 'Artículos de revista',
      conference: 'Artículos de congreso',
      workshop: 'Artículos de taller',
      preprint: 'Preprints',
      thesis: 'Tesis',
      book: 'Libros',
      chapter: 'Capítulos de libro',
      other: 'Otros',
    },
  },
};

const zh: Locale = {
  formatMonth: (year, month) => `${year}年${month}月`,
  labels: {
    present: '至今',
    legendEqual: '同等贡献',
    legendCorresponding: '通讯作者',
    courses: '课程',
    score: '成绩',
    curriculumVitae: '简历',
    sections: {
      education: '教育背景',
      publications: '论文发表',
      work: '工作经历',
      projects: '项目',
      awards: '荣誉奖项',
      certificates: '证书',
      volunteer: '志愿服务',
      skills: '技能',
      languages: '语言',
      interests: '兴趣',
      references: '推荐人',
    },
    publicationTypes: {
      journal: '期刊论文',
      conference: '会议论文',
      workshop: '研讨会论文',
      preprint: '预印本',
      thesis: '学位论文',
      book: '专著',
      chapter: '书籍章节',
      other: '其他',
    },
  },
};

const LOCALES: Record<string, Locale> = { en, de, fr, es, zh };

/** The locale for a BCP 47 tag such as "de-CH", falling back to English. */
export function localeFor(tag: string): Locale {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return LOCALES[primary] ?? en;
}

export const SUPPORTED_LOCALES = Object.keys(LOCALES);
