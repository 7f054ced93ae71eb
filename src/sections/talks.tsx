import { DATE, HIGHLIGHTS, SUMMARY, URL, entryList, links, text } from './schemaParts';
import { datedSection } from './shared/datedSection';

const PROJECT_TYPES = ['talk', 'talks', 'presentation', 'presentations'];

export const talks = datedSection({
  key: 'talks',
  extension: true,
  aliases: ['presentations'],
  projectTypes: PROJECT_TYPES,
  fields: {
    title: ['name', 'title'],
    subtitle: ['event', 'venue', 'entity', 'organization'],
    date: ['date', 'releaseDate', 'startDate'],
    badge: ['kind', 'type'],
  },
  // In the projects[] form, `type` says which section the entry belongs to, not what kind of talk it is.
  finish: (view) => {
    if (PROJECT_TYPES.includes(view.badge.toLowerCase())) view.badge = '';
  },
  schema: entryList('Talks and presentations: invited talks, keynotes, contributed talks, posters.', {
    name: text('The title of the talk.'),
    event: text('Where it was given: a conference, a seminar series, a university.', [
      'NeurIPS 2024 Workshop on Foundation Models',
      'Stanford NLP Seminar',
    ]),
    location: text('e.g. Vancouver, Canada'),
    date: DATE,
    type: text('The kind of talk, shown as a badge.', ['Invited', 'Keynote', 'Contributed', 'Poster', 'Panel']),
    url: URL,
    links: links('Slides, Video, Poster.'),
    summary: SUMMARY,
    description: text('Read as the summary (as written by academicpages).'),
    highlights: HIGHLIGHTS,
  }),
});
