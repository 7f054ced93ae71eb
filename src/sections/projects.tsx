import { datedSection } from './shared/datedSection';
import { links } from './schemaParts';

export const projects = datedSection({
  key: 'projects',
  fields: { title: ['name', 'title'], subtitle: ['entity', 'type', 'position', 'role'] },
  schema: {
    items: {
      properties: {
        type: {
          type: 'string',
          description:
            'What the project is. talk (or presentation), teaching, service, grant, mentoring and patent move the entry to that section: the form of those sections that the JSON Resume registry accepts.',
          examples: ['talk', 'teaching', 'service', 'grant', 'mentoring', 'patent', 'application', 'library'],
        },
        links: links(),
      },
    },
  },
});
