import { strings } from '../model/read';
import { DATE, HIGHLIGHTS, SUMMARY, URL, entryList, text, textList } from './schemaParts';
import { datedSection } from './shared/datedSection';

export const teaching = datedSection({
  key: 'teaching',
  extension: true,
  projectTypes: ['teaching'],
  fields: {
    title: ['course', 'courseName', 'name', 'title'],
    subtitle: ['code', 'courseCode', 'role', 'institution', 'entity'],
    date: ['date', 'year'],
  },
  // Courses are often taught by term ("Fall 2023", "Spring 2024") rather than between two dates.
  finish: (view, entry) => {
    const terms = typeof entry === 'string' ? [] : strings(entry.terms ?? entry.term);
    if (terms.length && !view.dates.start && !view.dates.end) view.dates = { start: { text: terms.join(', ') }, ongoing: false };
    else if (terms.length) view.facts.push(terms.join(', '));
  },
  schema: entryList('Courses taught: as instructor, co-instructor or teaching assistant.', {
    course: text('The course title.', ['Introduction to Machine Learning']),
    code: text('The course code.', ['CS 189']),
    institution: text('e.g. University of California, Berkeley'),
    role: text('e.g. Instructor, Co-instructor, Teaching Assistant, Guest Lecturer'),
    startDate: DATE,
    endDate: DATE,
    terms: textList('The terms taught, instead of dates: Fall 2023, Spring 2024.'),
    url: URL,
    summary: SUMMARY,
    highlights: HIGHLIGHTS,
  }),
});
