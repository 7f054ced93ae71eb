// The page as data for machines: a schema.org graph (JSON-LD) of the person and their papers, and
// the description for search results and link previews. Built from the view model, so it holds the
// same checked values the page shows.
import type { BasicsView } from './basics';
import type { RichText } from './types';
import { plainText } from './markdown';
import { kept, mapped } from '../arrays';

interface JsonLdThing {
  '@type': string;
  name: string;
  url?: string;
}

export interface JsonLdPerson extends JsonLdThing {
  '@type': 'Person';
  /** The name in another script ("刘邦亚"). */
  alternateName?: string;
  jobTitle?: string;
  affiliation?: JsonLdThing[];
  sameAs?: string[];
}

const RUN_LENGTH = 64;

/**
 * The papers of the graph as JSON text safe in a script element (scriptJson), gathered a run of
 * papers at a time as the body writes them. A run's text is searched for the characters to escape
 * once it is complete, which also makes it one flat string of about 30 kB: left as the rope of some
 * 2,500 pieces it is written as, each young-generation collection would copy it piece by piece (1,400
 * papers: 241 against 217 M instructions). Searching the whole graph's text instead would copy it
 * flat, and a flat string over 128 kB is a large object, whose fresh memory costs about 5 ns a byte
 * (3.5 ms for 660 kB). The runs are joined as a rope, which nothing reads until the host writes the page.
 */
export class JsonLdRuns {
  private run = '';
  private inRun = 0;
  private text = '';

  /** Adds a thing's JSON text (a value of the graph's array). */
  add(json: string): void {
    this.run = this.inRun ? `${this.run},${json}` : json;
    this.inRun += 1;
    if (this.inRun === RUN_LENGTH) this.close();
  }

  /** The things added so far as JSON values separated by commas, made safe by scriptJson(); empty when there are none. */
  scriptText(): string {
    this.close();
    return this.text;
  }

  private close(): void {
    if (!this.inRun) return;
    const run = scriptJson(this.run);
    this.text = this.text ? `${this.text},${run}` : run;
    this.run = '';
    this.inRun = 0;
  }
}

// What JSON.stringify escapes in a string: the quote, the backslash, control characters and lone
// surrogates (any surrogate is sent to it here, paired or not).
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string's characters as JSON.stringify writes them between its quotes; most need no escape. */
export function jsonChars(text: string): string {
  return JSON_ESCAPED.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}

const WEB_URL = /^https?:\/\//i;

/** Only absolute web addresses identify something for a machine: mailto:, tel: and relative links are left out. */
export function webUrl(href: string | undefined): string | undefined {
  return href && WEB_URL.test(href) ? href : undefined;
}

/** The resume's owner; undefined without a name. `affiliation`: the organisations they are at now. */
export function toPerson(basics: BasicsView, affiliation: string[]): JsonLdPerson | undefined {
  if (!basics.name) return undefined;
  const person: JsonLdPerson = { '@type': 'Person', name: basics.name };
  if (basics.nativeName) person.alternateName = basics.nativeName.text;
  if (basics.label) person.jobTitle = basics.label;
  if (affiliation.length) person.affiliation = mapped(affiliation, (name) => ({ '@type': 'Organization', name }));
  const url = webUrl(basics.url?.href);
  if (url) person.url = url;
  const sameAs = kept(
    mapped(basics.profiles, (profile) => webUrl(profile.link.href)),
    (href): href is string => href !== undefined,
  );
  if (sameAs.length) person.sameAs = [...new Set(sameAs)];
  return person;
}

/**
 * The page's JSON-LD, `{"@context":"https://schema.org","@graph":[…]}` as JSON.stringify writes it,
 * made safe by scriptJson(): the person, then `articles` (JsonLdRuns' text). Undefined when the graph
 * is empty. Joined with `+`, not `join()`, which would copy the papers' text flat.
 */
export function linkedDataScriptText(person: JsonLdPerson | undefined, articles: string): string | undefined {
  const personText = person ? scriptJson(JSON.stringify(person)) : '';
  const graph = personText && articles ? `${personText},${articles}` : personText || articles;
  return graph ? `{"@context":"https://schema.org","@graph":[${graph}]}` : undefined;
}

// In a <script> element's text, "</script" would end it and "<!--" would change how it ends; an
// escaped "<" can do neither. ">" and "&" are escaped too, so no HTML reader ever sees markup, and
// U+2028 and U+2029, which older JavaScript parsers take for line ends. JSON.parse reads every
// \u escape back as the character, so the data is unchanged.
const UNSAFE_CHARACTERS = ['<', '>', '&', '\u2028', '\u2029'];

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text made safe for a `<script type="application/ld+json">` element: it cannot close the element or open a comment. */
export function scriptJson(text: string): string {
  let json = text;
  // A string search and replace per character: most graphs have none of them, and one with an "&"
  // (a job title, a link's query) is escaped about 40 times faster than by a regular expression.
  for (const character of UNSAFE_CHARACTERS) if (json.includes(character)) json = json.replaceAll(character, unicodeEscape(character));
  return json;
}

const DESCRIPTION_LENGTH = 200;
/** Whitespace that collapsing to single spaces would change: a run of it, or any but a space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** One line for <meta name="description">: the label and the summary as plain text, cut at a word near 200 characters. */
export function pageDescription(label: string, summary: RichText): string {
  const joined = kept([label, plainText(summary)], Boolean).join(' — ');
  // Most summaries are spaced evenly already: searching one is about a fifth of replacing each space in it.
  const text = (UNEVEN_SPACE.test(joined) ? joined.replace(/\s+/g, ' ') : joined).trim();
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const space = text.lastIndexOf(' ', DESCRIPTION_LENGTH);
  const cut = space > DESCRIPTION_LENGTH / 2 ? space : DESCRIPTION_LENGTH;
  // Never between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(cut - 1)) ? cut - 1 : cut;
  return `${text.slice(0, end).trimEnd()}…`;
}
