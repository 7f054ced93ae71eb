import { DATE, SUMMARY, URL, entryList, text } from './schemaParts';
import { datedSection } from './shared/datedSection';

export const service = datedSection({
  key: 'service',
  extension: true,
  aliases: ['academicService', 'reviewing', 'services'],
  projectTypes: ['service'],
  fields: {
    title: ['role', 'position', 'title', 'name', 'type'],
    subtitle: ['organization', 'journal', 'committee', 'venue', 'event', 'entity'],
    date: ['date', 'year'],
  },
  schema: entryList('Service to the field: reviewing, program committees, organising, departmental committees.', {
    role: text('What you did.', ['Reviewer', 'Area Chair', 'Program Committee Member', 'Workshop Co-organizer']),
    organization: text('For whom: a conference, journal, society or department.', [
      'NeurIPS',
      'ICML',
      'Journal of Machine Learning Research',
    ]),
    startDate: DATE,
    endDate: DATE,
    url: URL,
    summary: SUMMARY,
    highlights: { type: 'array', description: 'Bullet points, e.g. the years you reviewed: 2022, 2023, 2024.', items: { type: 'string' } },
  }),
});
