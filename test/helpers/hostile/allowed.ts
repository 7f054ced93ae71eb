// The markup the theme writes, learnt from rendering maximal resumes (every field, every option
// value) rather than listed by hand: hostile input must never add to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { HtmlNode } from '../html';
import { render } from '../untypedRender';
import { officialResumes } from './samples';
import { ROOT } from '../paths';

export interface AllowedMarkup {
  elements: Set<string>;
  attributes: Map<string, Set<string>>;
  /** Values seen per "tag attribute", for attributes whose value the theme chooses. */
  values: Map<string, Set<string>>;
  /** The stylesheet of a page rendered without options: every page's CSS starts with it. */
  css: string;
}

export function maximalResumes(): unknown[] {
  const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown;
  return [
    read('test/fixtures/every-field.json'),
    read('test/fixtures/research-sections.json'),
    read('test/hostile/fixtures/maximal.json'),
    read('test/fixtures/faculty.json'),
    read('sample-resume.json'),
    ...officialResumes().map(({ resume }) => resume),
  ];
}

/** Every value each theme option can take, so each branch of the theme is seen at least once. */
export const OPTION_VARIANTS: Record<string, unknown>[] = [
  {},
  { groupPublications: 'type' },
  { groupPublications: 'year', selectedPublicationsOnly: true },
  { locale: 'de', paper: 'a4', accentColor: '#1a5fb4' },
  { locale: 'ar', dir: 'rtl', paper: 'letter' },
  { locale: 'fr', dir: 'ltr' },
  { sections: ['references', 'skills'], hide: ['education'], labels: { work: 'Jobs', present: 'now' } },
  { style: 'compact' },
  { style: 'modern', variants: { short: { style: 'classic', hide: ['work'] } }, variant: 'short' },
  {
    numberPublications: 'ascending',
    sortPublications: 'date',
    maxAuthors: 2,
    coauthors: {
      'B. Coauthor': 'https://b.example.org',
      'Bob Coauthor': 'https://bob.example.org',
      'Jürgen Schmidt': 'https://schmidt.example.org',
    },
    metrics: true,
    abstracts: 'show',
    bibtex: true,
  },
  { numberPublications: 'descending', groupPublications: 'type', abstracts: 'hide', maxAuthors: 1, locale: 'de' },
  {
    numberPublications: 'descending',
    groupPublications: 'year',
    abstracts: 'collapse',
    metrics: true,
    locale: 'zh',
    publicationsSince: 2015,
  },
];

function collect(node: HtmlNode, into: AllowedMarkup): void {
  if (node.tagName) {
    into.elements.add(node.tagName);
    const names = into.attributes.get(node.tagName) ?? new Set<string>();
    into.attributes.set(node.tagName, names);
    for (const { name, value } of node.attrs ?? []) {
      names.add(name);
      const key = `${node.tagName} ${name}`;
      into.values.set(key, (into.values.get(key) ?? new Set<string>()).add(value));
    }
  }
  for (const child of node.childNodes ?? []) collect(child, into);
}

let learnt: AllowedMarkup | undefined;

export function allowedMarkup(): AllowedMarkup {
  if (learnt) return learnt;
  const css = /<style[^>]*>([\s\S]*?)<\/style>/i.exec(render({}))?.[1] ?? '';
  const markup: AllowedMarkup = { elements: new Set(), attributes: new Map(), values: new Map(), css };
  for (const resume of maximalResumes()) {
    for (const options of OPTION_VARIANTS) collect(parse(render(resume, options)) as unknown as HtmlNode, markup);
  }
  learnt = markup;
  return markup;
}
