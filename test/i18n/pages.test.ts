// The sample CV in every locale: translated headings and month names, the right lang and dir.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeFor, SUPPORTED_LOCALES } from '../../src/i18n';
import { render } from '../../index';

const sample = JSON.parse(readFileSync(join(__dirname, '..', '..', 'sample-resume.json'), 'utf8')) as Record<string, unknown>;
const RTL = new Set(['ar', 'he', 'fa', 'ur']);
const english = localeFor('en').labels;

describe.each(SUPPORTED_LOCALES)('the sample CV in %s', (tag) => {
  const html = render(sample, { locale: tag });
  const { labels, formatMonth } = localeFor(tag);

  it('has the language and direction on <html>', () => {
    expect(html).toContain(`<html lang="${tag}" dir="${RTL.has(tag) ? 'rtl' : 'ltr'}" data-style="modern">`);
  });

  it('has the headings of the locale, and no English heading the locale translates', () => {
    const headings = [...html.matchAll(/<h2 id="[a-z]+-heading">([^<]*)<\/h2>/g)].map((match) => match[1]?.replace(/&amp;/g, '&'));
    expect(headings.length).toBeGreaterThan(3);
    const own = Object.values(labels.sections);
    for (const heading of headings) expect(own).toContain(heading);
    if (tag !== 'en')
      expect(headings.filter((heading) => (Object.values(english.sections) as string[]).includes(heading ?? ''))).toEqual(
        tag === 'fr' ? ['Publications'] : [],
      );
  });

  it('writes months in the locale, and "present" for what is ongoing', () => {
    expect(html).toContain(`>${formatMonth('2021', 8)}</time>`); // the PhD from 2021-08
    expect(html).toContain(`</time> – ${labels.present}<`);
  });
});
