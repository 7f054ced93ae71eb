import { datedSection } from './shared/datedSection';
import { DATE, links } from './schemaParts';

export const work = datedSection({
  key: 'work',
  fields: { title: ['name', 'company', 'employer'], subtitle: ['position', 'company'] },
  schema: {
    items: {
      properties: {
        positions: {
          type: 'array',
          description: 'Several roles at one employer, each shown under it with its own dates.',
          items: {
            type: 'object',
            properties: {
              position: { type: 'string', description: 'e.g. Senior Research Scientist' },
              startDate: DATE,
              endDate: DATE,
              location: { type: 'string' },
              summary: { type: 'string', description: 'Inline markdown.' },
              highlights: { type: 'array', items: { type: 'string' } },
            },
          },
        },
        links: links(),
      },
    },
  },
});
