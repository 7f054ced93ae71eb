// Resumes generated from the shape of schema.json (the standard schema plus the research
// extension): valid ones, and hostile ones with attack strings, wrong types and odd sizes.
import fc from 'fast-check';
import schema from '../../../schema.json';
import { AWKWARD_TEXT, DANGEROUS_URLS, XSS_PAYLOADS } from './corpus';
import { FORBIDDEN_OUTPUT } from './page';

export interface SchemaNode {
  /** One type, or several ("authors": a list or one string). */
  type?: string | string[];
  $ref?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  /** The value of every field of an object without `properties` (a research section's named groups). */
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  /** Alternative shapes: a research section's list, or its lists by name. */
  anyOf?: SchemaNode[];
}

const ROOT = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function resolve(node: SchemaNode): SchemaNode {
  const name = node.$ref?.replace('#/definitions/', '');
  return name ? { ...(ROOT.definitions[name] ?? {}), $ref: node.$ref } : node;
}

/** The node once for each type or alternative it allows. */
export function typeVariants(node: SchemaNode): SchemaNode[] {
  if (node.anyOf) return node.anyOf.flatMap((alternative) => typeVariants(resolve(alternative)));
  return Array.isArray(node.type) ? node.type.map((type) => ({ ...node, type })) : [node];
}

/** The schema of the fields of an object that lists its entries by name, when the node is one. */
function groupedEntries(node: SchemaNode): SchemaNode | undefined {
  return node.type === 'object' && !node.properties && typeof node.additionalProperties === 'object'
    ? node.additionalProperties
    : undefined;
}

const GROUP_NAMES = fc.constantFrom('invitedTalks', 'current_students', 'Editorial Boards', 'outreach');

/** Input never holds the words the page must not contain, so finding one in the page is a bug. */
function withoutForbiddenWords(text: string): string {
  let clean = text;
  while (FORBIDDEN_OUTPUT.some((word) => clean.includes(word))) {
    for (const word of FORBIDDEN_OUTPUT) clean = clean.split(word).join('');
  }
  return clean;
}

const MARKDOWN_PIECES = [
  '*',
  '**',
  '_',
  '__',
  '`',
  '[',
  ']',
  '(',
  ')',
  '](',
  '~~',
  '\\',
  '\n',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '&lt;',
  '<',
  '>',
  '"',
  "'",
  ' ',
  'javascript:',
  'https://example.org/x',
  'text',
  '#',
  '!',
];

/** One unbroken run of a unit, up to `max` times: long words, URLs, CJK, emoji, runs of markdown's delimiters. */
export function longWord(max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('W', 'https://example.org/', '日本', '🧪', '<b>', '*', 'a_', '\\'), fc.integer({ min: Math.min(50, max), max }))
    .map(([unit, times]) => unit.repeat(times));
}

const readableText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });

/** Strings meant to break things: payloads, markdown soup, any code point, huge and unbroken. */
const hostileString: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: fc.constantFrom(...XSS_PAYLOADS), weight: 4 },
    { arbitrary: fc.constantFrom(...DANGEROUS_URLS), weight: 1 },
    { arbitrary: fc.constantFrom(...AWKWARD_TEXT), weight: 1 },
    { arbitrary: fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 16 }).map((parts) => parts.join('')), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
    { arbitrary: readableText, weight: 2 },
    {
      arbitrary: fc.constantFrom('', ' ', '\t\n', '0', '-1', 'null', 'true', '[]', '{}', '__proto__', 'constructor', 'toString'),
      weight: 1,
    },
    { arbitrary: longWord(300), weight: 1 },
  )
  .map(withoutForbiddenWords);

/** A JSON value of any type (plus what JavaScript callers might pass: undefined, NaN, Infinity). */
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 2020, 3.97),
    hostileString,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('name', 'url', 'label', '__proto__', 'constructor', 'x'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

function hostileUrl(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...DANGEROUS_URLS), fc.webUrl({ withQueryParameters: true, withFragments: true }), hostileString);
}

/** Generates values of the node's shape, but any part may be hostile or of the wrong type. */
function hostileFrom(node: SchemaNode): fc.Arbitrary<unknown> {
  const variants = typeVariants(resolve(node));
  if (variants.length > 1) return fc.oneof(...variants.map(hostileFrom));
  const shaped = variants[0] as SchemaNode;
  let expected: fc.Arbitrary<unknown>;
  const groups = groupedEntries(shaped);
  if (shaped.enum) expected = fc.oneof(fc.constantFrom(...shaped.enum), hostileString);
  else if (groups) expected = fc.dictionary(fc.oneof(GROUP_NAMES, hostileString), hostileFrom(groups), { maxKeys: 2 });
  else if (shaped.type === 'object' && shaped.properties) {
    const fields = Object.fromEntries(Object.entries(shaped.properties).map(([key, child]) => [key, hostileFrom(child)]));
    expected = fc.record(fields, { requiredKeys: [] });
  } else if (shaped.type === 'array' && shaped.items) {
    expected = fc.array(fc.oneof({ arbitrary: hostileFrom(shaped.items), weight: 4 }, { arbitrary: anyValue, weight: 1 }), {
      maxLength: 3,
    });
  } else if (shaped.type === 'string' && shaped.format?.startsWith('uri')) expected = hostileUrl();
  else if (shaped.type === 'string') expected = hostileString;
  else expected = anyValue;
  return fc.oneof({ arbitrary: expected, weight: 5 }, { arbitrary: anyValue, weight: 1 });
}

// Shapes real resumes have beyond the schema: lists of their own ("internships", "academic_service",
// "work experience"), and a header written without basics (top-level name, a contact object).
const OWN_SECTIONS = ['internships', 'academic_service', 'work experience', 'memberships', 'sections', 'freeTimeActivities'];
const OWN_FIELDS = [
  'title',
  'name',
  'org',
  'organization',
  'role',
  'location',
  'date',
  'year',
  'period',
  'duration',
  'summary',
  'details',
  'detailsHtml',
  'highlights',
  'keywords',
  'url',
  'link',
  'entries',
  'conferences',
  'workshops',
  'id',
  'icon',
  'logo',
  'style',
];

const hostileOwnEntry = fc.dictionary(
  fc.constantFrom(...OWN_FIELDS),
  fc.oneof(
    hostileString,
    anyValue,
    fc.array(fc.dictionary(fc.constantFrom(...OWN_FIELDS), fc.oneof(hostileString, anyValue), { maxKeys: 4 }), { maxLength: 2 }),
  ),
  { maxKeys: 6 },
);

const hostileOwnSections = fc.dictionary(
  fc.constantFrom(...OWN_SECTIONS),
  fc.oneof(fc.array(fc.oneof(hostileOwnEntry, hostileString, anyValue), { maxLength: 4 }), anyValue),
  { maxKeys: 2 },
);

const hostileHeader = fc.record(
  {
    name: hostileString,
    subtitle: hostileString,
    summary: hostileString,
    contact: fc.oneof(
      hostileFrom({
        type: 'object',
        properties: {
          email: { type: 'string' },
          phone: { type: 'string' },
          location: { type: 'string' },
          linkedin: { type: 'string', format: 'uri' },
          github: { type: 'string' },
        },
      }),
      anyValue,
    ),
  },
  { requiredKeys: [] },
);

/** A resume with lists of its own added, and at times its basics written as top-level fields instead. */
function withOwnShapes(resume: unknown, own: Record<string, unknown>, header: Record<string, unknown>, headerless: boolean): unknown {
  if (typeof resume !== 'object' || resume === null || Array.isArray(resume)) return resume;
  const { basics, ...rest } = resume as Record<string, unknown>;
  return headerless ? { ...rest, ...header, ...own } : { basics, ...rest, ...own };
}

/** A hostile resume: usually an object of the resume's shape, sometimes not an object at all. */
export const hostileResume: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc
      .tuple(hostileFrom({ ...ROOT, $ref: undefined }), hostileOwnSections, hostileHeader, fc.boolean())
      .map(([resume, own, header, headerless]) => withOwnShapes(resume, own, header, headerless)),
    weight: 20,
  },
  { arbitrary: anyValue, weight: 1 },
);

/** The second argument of render(): usually options, sometimes junk. */
export const hostileOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  hostileFrom(ROOT.properties?.meta?.properties?.themeOptions ?? {}),
  anyValue,
);

// Valid resumes: every string non-empty, readable, and of the field's format.

const DATE = fc
  .tuple(
    fc.integer({ min: 1950, max: 2035 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([year, month, day, precision]) =>
    [String(year), String(month).padStart(2, '0'), String(day).padStart(2, '0')].slice(0, precision + 1).join('-'),
  );

/** Text that reads as itself: no markdown syntax, no leading or trailing space. */
const plainWords = fc
  .array(
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éøßñ日本語ال'),
      minLength: 1,
      maxLength: 12,
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((words) => withoutForbiddenWords(words.join(' ')))
  .filter((text) => text.trim().length > 0);

function validFrom(node: SchemaNode, key = ''): fc.Arbitrary<unknown> {
  const variants = typeVariants(resolve(node));
  if (variants.length > 1) return fc.oneof(...variants.map((variant) => validFrom(variant, key)));
  const shaped = variants[0] as SchemaNode;
  if (shaped.$ref === '#/definitions/iso8601') return DATE;
  if (shaped.enum) return fc.constantFrom(...shaped.enum);
  if (shaped.type === 'boolean') return fc.boolean();
  if (shaped.type === 'integer') return fc.nat({ max: 100000 });
  const groups = groupedEntries(shaped);
  if (groups) return fc.dictionary(GROUP_NAMES, validFrom(groups, key), { minKeys: 1, maxKeys: 2 });
  if (shaped.type === 'object' && shaped.properties) {
    const fields = Object.fromEntries(Object.entries(shaped.properties).map(([name, child]) => [name, validFrom(child, name)]));
    return fc.record(fields, { requiredKeys: [] });
  }
  if (shaped.type === 'array' && shaped.items) return fc.array(validFrom(shaped.items, key), { minLength: 1, maxLength: 3 });
  if (shaped.format === 'email') return fc.emailAddress();
  if (shaped.format?.startsWith('uri')) return fc.webUrl();
  if (key === 'image') return fc.webUrl().map((url) => `${url}/photo.jpg`);
  return plainWords;
}

const validOwnEntry: fc.Arbitrary<unknown> = fc.oneof(
  plainWords,
  fc.record(
    {
      title: plainWords,
      org: plainWords,
      role: plainWords,
      location: plainWords,
      year: DATE,
      period: plainWords,
      summary: plainWords,
      details: fc.array(plainWords, { minLength: 1, maxLength: 2 }),
      url: fc.webUrl(),
      entries: fc.array(fc.record({ name: plainWords, organization: plainWords, duration: plainWords }, { requiredKeys: [] }), {
        minLength: 1,
        maxLength: 2,
      }),
    },
    { requiredKeys: [] },
  ),
);

const validOwnSections = fc.dictionary(fc.constantFrom(...OWN_SECTIONS), fc.array(validOwnEntry, { minLength: 1, maxLength: 3 }), {
  maxKeys: 2,
});

const validHeader = fc.record(
  {
    name: plainWords,
    subtitle: plainWords,
    summary: plainWords,
    contact: fc.record({ email: fc.emailAddress(), location: plainWords, linkedin: fc.webUrl() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** Valid resumes of every section except meta (options change what is shown) and $schema, with lists of their own. */
export const validResume: fc.Arbitrary<Record<string, unknown>> = (() => {
  const { $schema: _schema, meta: _meta, ...sections } = ROOT.properties ?? {};
  const resume = validFrom({ type: 'object', properties: sections }) as fc.Arbitrary<Record<string, unknown>>;
  return fc
    .tuple(resume, validOwnSections, validHeader, fc.boolean())
    .map(([base, own, header, headerless]) => withOwnShapes(base, own, header, headerless) as Record<string, unknown>);
})();
