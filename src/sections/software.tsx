import type { Labels } from '../i18n';
import type { ModelContext } from '../model/context';
import type { EntryView } from '../model/types';
import { addressLink, fieldPointer } from '../model/fields';
import { cleanDoi, doiUrl, isDoi, notADoi } from '../model/identifiers';
import { field, firstStr, isObject, str, strings, type JsonObject } from '../model/read';
import { safeUrl } from '../model/url';
import { DATE, HIGHLIGHTS, SUMMARY, URL, entryList, text, textList } from './schemaParts';
import { datedSection } from './shared/datedSection';

/** Where the code is, when it is not the entry's own link: an address, or GitHub's "owner/name". */
const CODE_FIELDS = ['repository', 'repo', 'github', 'githubRepo', 'code'];
const GITHUB_PATH = /^[\w.-]+\/[\w.-]+$/;

/** Terms and figures shown as "License: MIT", in this order. */
const FACTS = ['version', 'license', 'stars', 'forks', 'downloads'] as const satisfies readonly (keyof Labels)[];
/** The figures among them: written as the page's numbers ("1,250"), and left out when zero, which says nothing. */
export const COUNT_FIELDS: ReadonlySet<string> = new Set(['stars', 'forks', 'downloads']);

function codeLink(item: JsonObject, url: string) {
  const code = firstStr(item, CODE_FIELDS);
  if (!code || url.includes(code)) return undefined;
  return addressLink(GITHUB_PATH.test(code) ? `https://github.com/${code}` : code);
}

function addFacts(shown: string[], item: JsonObject, ctx: ModelContext): void {
  for (const key of FACTS) {
    const value = field(item, key);
    const count = COUNT_FIELDS.has(key) && typeof value === 'number';
    const text = count ? (value > 0 ? ctx.formatNumber(value) : '') : str(value);
    if (text) shown.push(`${ctx.labels[key]}: ${text}`);
  }
}

function finish(view: EntryView, entry: JsonObject | string, ctx: ModelContext): void {
  if (!isObject(entry)) return;
  const code = codeLink(entry, str(entry.url));
  if (code) view.links.push(code);
  const doi = cleanDoi(str(entry.doi));
  if (doi) view.links.push({ label: `doi:${doi}`, href: safeUrl(doiUrl(doi)) });
  const doiAt = ctx.lint && doi && !isDoi(doi) ? fieldPointer(entry, 'doi') : undefined;
  if (doiAt) ctx.lint?.warn(doiAt, notADoi(doi));
  // Its languages (GitHub's main `language` and its list, `languages`) and topics are its keywords, unless it names keywords.
  if (!view.keywords.length) view.keywords = keywords(entry);
  addFacts(view.facts, entry, ctx);
}

/** Its languages and topics, each once. */
function keywords(entry: JsonObject): string[] {
  const words: string[] = [];
  for (const list of [entry.language, entry.languages, entry.topics]) {
    for (const word of strings(list)) if (!words.includes(word)) words.push(word);
  }
  return words;
}

export const software = datedSection({
  key: 'software',
  extension: true,
  projectTypes: ['software'],
  fields: {
    title: ['name', 'title'],
    subtitle: ['role', 'entity'],
    date: ['releaseDate', 'date'],
    badge: ['status'],
    people: 'authors',
  },
  finish,
  schema: entryList('Research software: packages, tools and code you wrote or maintain.', {
    name: text('The name of the software.'),
    url: URL,
    description: text('What it does, in one line.'),
    role: text('Your role.', ['Lead developer', 'Maintainer', 'Contributor']),
    authors: textList('The authors in order; your name is shown in bold, as in author lists.'),
    repository: { ...URL, description: 'Where the code is, when that is not the url: an address, or GitHub\'s "owner/name".' },
    doi: text('A DOI for the software (Zenodo, Software Heritage), shown as a link.', ['10.5281/zenodo.1234567']),
    languages: textList('The languages it is written in, shown with the topics as keywords.'),
    topics: textList('Its topics, shown as keywords.'),
    version: text('The latest version.', ['2.1.0']),
    license: text('Its license.', ['MIT', 'GPL-3.0', 'Apache-2.0']),
    stars: { type: ['integer', 'string'], description: 'Stars on its code host.' },
    forks: { type: ['integer', 'string'], description: 'Forks on its code host.' },
    downloads: { type: ['integer', 'string'], description: 'Downloads, as a number or as text ("10k/month").' },
    releaseDate: DATE,
    status: text('Shown as a badge.', ['Active', 'Archived']),
    summary: SUMMARY,
    highlights: HIGHLIGHTS,
  }),
});
