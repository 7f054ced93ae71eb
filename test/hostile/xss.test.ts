// The XSS corpus in every string field, and dangerous schemes in every URL field: no script, no
// event handler, no dangerous link target; the hostile text still shown, as text.
import { render } from '../helpers/untypedRender';
import { allowedMarkup } from '../helpers/hostile/allowed';
import { AWKWARD_TEXT, DANGEROUS_URLS, XSS_PAYLOADS } from '../helpers/hostile/corpus';
import { filledResume } from '../helpers/hostile/filled';
import { lostLeaves } from '../helpers/hostile/leaves';
import { foreignValues, linkedDataOf } from '../helpers/hostile/linkedData';
import { pageProblems, parsePage } from '../helpers/hostile/page';

const allowed = allowedMarkup();

function isUrlField(keys: string[], format?: string): boolean {
  return Boolean(format?.startsWith('uri')) || keys[keys.length - 1] === 'image';
}

/** Every string field holds the payload, after a tag naming the field so each can be found. */
function payloadEverywhere(payload: string): Record<string, unknown> {
  let field = 0;
  return filledResume((keys, node) => {
    if (node.type === 'boolean') return true;
    if (node.$ref === '#/definitions/iso8601' || isUrlField(keys, node.format)) return payload;
    field += 1;
    return `F${field}x ${payload}`;
  });
}

function dangerousUrlEverywhere(url: string): Record<string, unknown> {
  let field = 0;
  return filledResume((keys, node) => {
    if (node.type === 'boolean') return true;
    if (isUrlField(keys, node.format)) return url;
    if (node.$ref === '#/definitions/iso8601') return '2024-05';
    field += 1;
    // Prose fields also get the URL as a markdown link, image and autolink.
    return `F${field}x [link](${url}) ![image](${url}) <${url}>`;
  });
}

describe.each([...XSS_PAYLOADS, ...AWKWARD_TEXT].map((payload) => [payload]))('payload %j in every field', (payload) => {
  const resume = payloadEverywhere(payload);
  const html = render(resume);

  it('adds no element, attribute or URL the theme does not write', () => {
    expect(pageProblems(html, allowed, { parseErrors: true })).toEqual([]);
    // Every "<" of user text is escaped, in text, attribute values and the JSON-LD alike: the one
    // script is the theme's own JSON-LD element.
    expect(html.split('<script').length - 1).toBe(1);
    const withoutJsonLd = html.replace('<script type="application/ld+json">', '');
    expect(withoutJsonLd).not.toMatch(/<(?:script|iframe|svg|math|object|embed|form|input|base|link|template|noscript|textarea|x\b)/i);
  });

  it('keeps the payload as data in the JSON-LD: it parses to the very strings of the resume', () => {
    const data = linkedDataOf(html);
    const graph = data?.['@graph'] ?? [];
    const basics = resume.basics as Record<string, string>;
    const publication = (resume.publications as Record<string, unknown>[])[0] as Record<string, string | string[]>;
    expect(graph.find((node) => node['@type'] === 'Person')).toMatchObject({ name: basics.name?.trim(), jobTitle: basics.label?.trim() });
    const article = graph.find((node) => node['@type'] === 'ScholarlyArticle');
    expect(article?.name).toBe((publication.name as string).trim());
    // A trailing mark ("*", "†") is the legend's, not part of the name.
    const author = ((publication.authors as string[])[0] ?? '')
      .trim()
      .replace(/[*†‡§¶#]+$/u, '')
      .trim();
    expect(article?.author).toEqual([{ '@type': 'Person', name: author }]);
    expect(foreignValues(data, resume)).toEqual([]);
  });

  it('shows the payload as text in every field', () => {
    expect(lostLeaves(resume, parsePage(html).document)).toEqual([]);
  });

  it('is also harmless as a theme option and as render options', () => {
    const options = {
      labels: { work: payload, present: payload, andMore: payload, citedBy: payload },
      locale: payload,
      accentColor: payload,
      nameVariants: [payload],
      sections: [payload],
      coauthors: { [payload]: payload, F1x: payload },
      maxAuthors: 1,
      metrics: true,
      bibtex: true,
      numberPublications: payload,
    };
    const withMeta = { ...resume, meta: { themeOptions: options } };
    expect(pageProblems(render(withMeta), allowed)).toEqual([]);
    expect(pageProblems(render(resume, options as never), allowed)).toEqual([]);
  });
});

describe.each(DANGEROUS_URLS.map((url) => [url]))('URL %j in every URL field', (url) => {
  const resume = dangerousUrlEverywhere(url);
  const html = render(resume);

  it('never becomes a link target or image source', () => {
    expect(pageProblems(html, allowed, { parseErrors: true })).toEqual([]);
  });

  it('leaves every entry and its text on the page', () => {
    expect(lostLeaves(resume, parsePage(html).document)).toEqual([]);
  });
});

describe('keys that name Object.prototype members, at every level', () => {
  const text = JSON.stringify(payloadEverywhere('x')).replace(
    /"(name|summary|url)":/g,
    '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"toString":"x","$1":',
  );
  const resume = JSON.parse(`{"__proto__":{"basics":{"name":"Not mine"}},${text.slice(1)}`) as unknown;

  it('renders safely and changes no prototype', () => {
    expect(pageProblems(render(resume), allowed, { parseErrors: true })).toEqual([]);
    expect(render(resume)).not.toContain('Not mine');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
