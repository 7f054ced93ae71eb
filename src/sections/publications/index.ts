import { defineSection } from '../descriptor';
import { links } from '../schemaParts';
import { lintPublications } from './lint';
import { Publications } from './Publications';
import { toPublications } from './view';
import { mapped } from '../../arrays';

export const publications = defineSection({
  key: 'publications',
  build: (entries, ctx) => toPublications(entries, ctx),
  // The groups a resume writes ("Posters", "Talks") are shown under their headings.
  grouped: (groups, ctx) =>
    toPublications(
      groups.flatMap((group) => group.entries),
      ctx,
      groups.flatMap((group) => mapped(group.entries, () => group.heading)),
    ),
  isEmpty: (view) => view.groups.length === 0,
  heading: (view) => view.heading,
  Component: Publications,
  lint: lintPublications,
  schema: {
    items: {
      properties: {
        venue: {
          type: 'string',
          description: 'Where it appeared or was submitted, e.g. COLM 2024, NeurIPS 2023. Falls back to journal, then publisher.',
        },
        journal: { type: 'string', description: 'Read as the venue when venue is not given.' },
        venueFull: {
          type: 'string',
          description:
            'The venue’s full name, shown after a short venue (as import-bibtex writes al-folio’s abbr and booktitle): "Advances in Neural Information Processing Systems".',
        },
        volume: { type: 'string', description: 'The volume, shown after the venue with the issue and pages: 35(2), 1–12.' },
        issue: { type: 'string', description: 'The issue (or number) within the volume.' },
        pages: { type: 'string', description: 'The pages, e.g. 1–12, or an article number.' },
        pmid: { type: 'string', description: 'A PubMed id, shown as a link to PubMed.' },
        citationCount: { type: 'integer', minimum: 0, description: 'Read as citations (as Semantic Scholar exports write it).' },
        status: {
          type: 'string',
          description: 'Shown as a badge, e.g. Under Review, Accepted, Preprint, To Appear.',
          examples: ['Under Review', 'Accepted', 'Published', 'Preprint', 'To Appear', 'In Press'],
        },
        authors: {
          type: ['array', 'string'],
          description:
            'The author list in order, as written in the paper: names, name objects as exports write them, or one string "A and B and C". Your own name (basics.name or a meta.themeOptions.nameVariants entry) is shown in bold; a trailing * marks equal contribution and † a corresponding author.',
          items: {
            type: ['string', 'object'],
            description:
              'A name, { "name": … } (Semantic Scholar), or CSL-JSON\'s { "given": …, "family": … } or { "literal": … } (Crossref, Zotero).',
            properties: {
              name: { type: 'string', description: 'The author as written.' },
              given: { type: 'string', description: 'Given names, shown before the family name.' },
              family: { type: 'string', description: 'The family name.' },
              literal: { type: 'string', description: 'A name that is not split (an organisation), when there is no family name.' },
            },
          },
        },
        links: links('Extra links shown after the venue: Post, Blog, PDF, Code, Slides, Video.'),
        highlights: {
          type: 'array',
          description: 'Bullet points; inline markdown (*em*, **strong**, `code`, [text](url)).',
          items: { type: 'string' },
        },
        doi: {
          type: 'string',
          description: 'A DOI such as 10.1145/3368089.3409740 (a https://doi.org/ prefix is accepted); shown as a link.',
        },
        arxiv: { type: 'string', description: 'An arXiv identifier such as 2310.11511 or hep-th/9901001; shown as a link.' },
        award: { type: 'string', description: 'e.g. Oral, Spotlight, Best Paper.' },
        type: {
          type: 'string',
          description: 'Used to group publications when meta.themeOptions.groupPublications is "type".',
          examples: ['conference', 'journal', 'workshop', 'preprint', 'thesis', 'book', 'chapter'],
        },
        selected: { type: 'boolean', description: 'Part of the selected publications (see meta.themeOptions.selectedPublicationsOnly).' },
        abstract: {
          type: 'string',
          description:
            'The paper\'s abstract; inline markdown. Shown under the paper in full, behind an "Abstract" toggle on screen (the default; left out of print), or not at all: see meta.themeOptions.abstracts.',
        },
        citations: {
          type: 'integer',
          minimum: 0,
          description:
            'How many times the paper has been cited (e.g. from Google Scholar). With meta.themeOptions.metrics, shown as "Cited by N" and summed into the citations, h-index and i10-index line.',
        },
      },
    },
  },
});
