// The three looks (the `style` option) in the markup, and the stylesheet's rules for right-to-left:
// every rule is written with logical properties, so dir="rtl" mirrors the layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '../helpers/untypedRender';
import { attr, elements, parseHtml } from '../helpers/html';

const themeCss = readFileSync(join(__dirname, '../../src/styles/theme.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

function htmlAttr(html: string, name: string): string | undefined {
  return attr(elements(parseHtml(html), 'html')[0]!, name);
}

describe('the style option', () => {
  it.each(['classic', 'modern', 'compact'])('%s is set on <html data-style>, with its own custom properties', (style) => {
    expect(htmlAttr(render({}, { style: style as 'classic' }), 'data-style')).toBe(style);
    expect(htmlAttr(render({ meta: { themeOptions: { style } } }), 'data-style')).toBe(style);
    if (style !== 'modern') expect(themeCss).toMatch(new RegExp(`:root\\[data-style=(['"])${style}\\1\\]`));
  });

  it('defaults to modern, and ignores what is not a look', () => {
    for (const style of [undefined, 'fancy', 3, null, { a: 1 }, 'CLASSIC ']) {
      const expected = style === 'CLASSIC ' ? 'classic' : 'modern';
      expect(htmlAttr(render({}, { style } as never), 'data-style')).toBe(expected);
    }
  });

  it('changes only the data-style attribute: the stylesheet holds every look', () => {
    const [modern, classic] = [render({ basics: { name: 'A' } }), render({ basics: { name: 'A' } }, { style: 'classic' })];
    expect(classic).toBe(modern.replace('data-style="modern"', 'data-style="classic"'));
  });
});

/** Declarations outside @page and @media conditions, as [property, value]. */
function declarations(css: string): [string, string][] {
  const withoutPage = css.replace(/@page\s*\{[^}]*\}/g, '');
  return [...withoutPage.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((match) => [match[1]!, match[2]!.trim()]);
}

const PHYSICAL =
  /^(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:top|right|bottom|left)(?:-.*)?|top|right|bottom|left|(?:min-|max-)?(?:width|height))$/;

describe('theme.css for right-to-left', () => {
  const found = declarations(themeCss);

  it('reads the declarations (control: physical ones are caught)', () => {
    expect(found.length).toBeGreaterThan(150);
    const control = declarations(
      '.a { margin-left: 1px; border-top-width: 2px; max-width: 3rem; margin-inline-start: 1px } @page { margin: 1mm 2mm; }',
    );
    expect(control.filter(([property]) => PHYSICAL.test(property)).map(([property]) => property)).toEqual([
      'margin-left',
      'border-top-width',
      'max-width',
    ]);
  });

  it('uses no physical side, size or offset property', () => {
    expect(found.filter(([property]) => PHYSICAL.test(property))).toEqual([]);
  });

  it('aligns with start and end, never left or right', () => {
    const sided = found.filter(
      ([property, value]) => /^(?:text-align|float|clear|justify-self|justify-items)$/.test(property) && /\b(?:left|right)\b/.test(value),
    );
    expect(sided).toEqual([]);
  });

  it('gives margin and padding shorthands one value only (several would be physical sides)', () => {
    const shorthands = found.filter(
      ([property, value]) =>
        /^(?:margin|padding|inset|border-width|border-style|border-color)$/.test(property) && value.split(/\s+/).length > 1,
    );
    expect(shorthands).toEqual([]);
  });
});
