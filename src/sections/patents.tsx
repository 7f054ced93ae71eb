import { DATE, SUMMARY, URL, entryList, text, textList } from './schemaParts';
import { datedSection } from './shared/datedSection';

export const patents = datedSection({
  key: 'patents',
  extension: true,
  projectTypes: ['patent', 'patents'],
  fields: {
    title: ['name', 'title'],
    subtitle: ['entity'],
    date: ['date', 'releaseDate', 'startDate'],
    badge: ['status'],
    facts: ['number', 'office'],
    people: 'inventors',
  },
  schema: entryList('Patents and patent applications.', {
    name: text('The title of the patent.'),
    number: text('The patent or application number.', ['US 11,234,567 B2']),
    office: text('The patent office.', ['USPTO', 'EPO']),
    status: text('Shown as a badge.', ['Granted', 'Pending', 'Filed']),
    date: DATE,
    inventors: textList('The inventors in order; your name is shown in bold, as in author lists.'),
    url: URL,
    summary: SUMMARY,
  }),
});
