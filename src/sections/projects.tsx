import { addressLink } from '../model/fields';
import { firstStr, isObject } from '../model/read';
import { datedSection } from './shared/datedSection';
import { links } from './schemaParts';

/** Where a project's code is, as portfolio resumes write it beside its `url`. */
const CODE_FIELDS = ['github', 'repository', 'repo'];

export const projects = datedSection({
  key: 'projects',
  fields: { title: ['name', 'title'], subtitle: ['entity', 'type', 'position', 'role'] },
  finish: (view, entry) => {
    const code = isObject(entry) ? firstStr(entry, CODE_FIELDS) : '';
    if (code) view.links.push(addressLink(code));
  },
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
        github: { type: 'string', description: "The project's code repository, shown as a link.", format: 'uri-reference' },
      },
    },
  },
});
