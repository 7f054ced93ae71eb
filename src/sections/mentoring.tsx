import { DATE, URL, entryList, text } from './schemaParts';
import { datedSection } from './shared/datedSection';

export const mentoring = datedSection({
  key: 'mentoring',
  extension: true,
  aliases: ['mentorship'],
  projectTypes: ['mentoring', 'mentorship', 'student', 'supervision'],
  fields: { title: ['name', 'student'], subtitle: ['degree', 'institution', 'entity'], facts: ['topic', 'outcome'] },
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
