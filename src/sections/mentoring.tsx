import { DATE, URL, entryList, text } from './schemaParts';
import { datedSection } from './shared/datedSection';

/** Where a mentoring entry names the person: also how the markMentees option finds them among authors. */
export const MENTEE_NAME = ['name', 'student'];

export const mentoring = datedSection({
  key: 'mentoring',
  extension: true,
  aliases: ['mentorship'],
  projectTypes: ['mentoring', 'mentorship', 'student', 'supervision'],
  fields: {
    title: MENTEE_NAME,
    subtitle: ['degree', 'level', 'program', 'institution', 'entity'],
    date: ['completionDate'],
    badge: ['type', 'status'],
    facts: ['topic', 'dissertation', 'thesis_title', 'outcome', 'placement'],
  },
  schema: entryList('Students you advised or mentored.', {
    name: text('The student.'),
    degree: text('Their program while you worked together.', ['PhD', 'MSc thesis', 'Undergraduate researcher']),
    startDate: DATE,
    endDate: DATE,
    topic: text('The thesis or project topic.'),
    outcome: text('Where they went next.', ['Research Scientist at Google DeepMind', 'PhD at MIT']),
    url: URL,
  }),
});
