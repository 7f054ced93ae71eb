import { DATE, SUMMARY, URL, entryList, text } from './schemaParts';
import { datedSection } from './shared/datedSection';

export const grants = datedSection({
  key: 'grants',
  extension: true,
  projectTypes: ['grant', 'grants', 'funding', 'fellowship'],
  fields: { title: ['name', 'title'], subtitle: ['funder', 'role', 'entity'], badge: ['status'], facts: ['amount', 'number'] },
  schema: entryList('Grants, fellowships and other funding.', {
    name: text('The grant or project title.'),
    funder: text('Who funds it.', ['National Science Foundation', 'ERC']),
    role: text('Your role.', ['PI', 'Co-PI', 'Senior Personnel']),
    amount: text('The amount, as text with its currency.', ['$500,000', '€1.5M']),
    number: text('The award number.'),
    startDate: DATE,
    endDate: DATE,
    status: text('Shown as a badge.', ['Awarded', 'Pending', 'Submitted']),
    url: URL,
    summary: SUMMARY,
  }),
});
