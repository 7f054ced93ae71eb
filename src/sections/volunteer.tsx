import { datedSection } from './shared/datedSection';
import { links } from './schemaParts';

export const volunteer = datedSection({
  key: 'volunteer',
  fields: { title: ['organization'], subtitle: ['position'] },
  schema: { items: { properties: { location: { type: 'string' }, links: links() } } },
});
