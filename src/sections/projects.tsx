import { addressLink } from '../model/fields';
import { firstStr, isObject, joinParts, objects, str, strings } from '../model/read';
import { readableCode } from '../model/keys';
import { datedSection } from './shared/datedSection';
import { links, text, textList } from './schemaParts';
import { mapped } from '../arrays';

/** Where a project's code is, as portfolio resumes write it beside its `url`. */
const CODE_FIELDS = ['github', 'repository', 'repo'];

export const projects = datedSection({
  key: 'projects',
  // A research project names its affiliation, venue and funding where a software project names its entity.
  fields: {
    title: ['name', 'title'],
    subtitle: ['entity', 'type', 'position', 'role', 'affiliation', 'venue', 'funder', 'funding'],
    badge: ['status'],
    people: 'authors',
  },
  finish: (view, entry) => {
    if (!isObject(entry)) return;
    const code = firstStr(entry, CODE_FIELDS);
    if (code) view.links.push(addressLink(code));
    // "EM_ANDAMENTO", "in_submission": a status written as a code reads as words.
    view.badge = readableCode(view.badge);
    if (!view.keywords.length) view.keywords = strings(entry.tags);
    // A Lattes export: `funding_agencies: [{ "name": "CAPES", "type": "BOLSA" }]`.
    const agencies = strings(mapped(objects(entry.funding_agencies), (agency) => str(agency.name)));
    if (agencies.length) view.subtitle = joinParts([view.subtitle, agencies.join(', ')], ' · ');
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
        status: text('Shown as a badge.', ['Ongoing', 'Completed', 'Under review']),
        funding: text('Who funds the project, shown under its name with the entity.', ['JSPS KAKENHI']),
        authors: textList('The people of a research project in order; your name is shown in bold, as in author lists.'),
        tags: textList('Keywords, when the project has no keywords.'),
      },
    },
  },
});
