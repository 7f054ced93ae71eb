import { DATE, HIGHLIGHTS, SUMMARY, URL, entryList, links, text, textList } from './schemaParts';
import { datedSection } from './shared/datedSection';

export const talks = datedSection({
  key: 'talks',
  extension: true,
  aliases: ['presentations'],
  projectTypes: ['talk', 'talks', 'presentation', 'presentations'],
  fields: {
    title: ['name', 'title', 'activity'],
    subtitle: ['event', 'venue', 'entity', 'organization'],
    date: ['date', 'releaseDate', 'startDate'],
    badge: ['kind', 'type'],
    people: 'authors',
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
    authors: textList('The authors of a contributed talk or poster in order; your name is shown in bold, as in author lists.'),
  }),
});
