// The JSX precompiler (scripts/precompile-jsx.ts) on small components: what it compiles and leaves
// alone, and that the compiled code renders the same bytes as the ordinary JSX transform for any
// value of the props. test/package/precompiled.test.ts checks the same of the whole theme in dist/.
import fc from 'fast-check';
import ts from 'typescript';
import * as preact from 'preact';
import * as jsxRuntime from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';
import { isCompilable, jsxText, precompileSource } from '../../scripts/precompile-jsx';
import * as jsxSlots from '../../src/jsxSlots';

const HELPERS = './jsxSlots';
/** The modules the compiled test components import. */
const MODULES: Record<string, unknown> = { [HELPERS]: jsxSlots, preact, 'preact/jsx-runtime': jsxRuntime };

/** Runs a TSX module's code (after the ordinary JSX transform) and returns its exports. */
function load(code: string): Record<string, (props: Record<string, unknown>) => unknown> {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: {
      jsx: ts.JsxEmit.ReactJSX,
      jsxImportSource: 'preact',
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
  });
  const module = { exports: {} as Record<string, (props: Record<string, unknown>) => unknown> };
  const requireFor = (name: string): unknown => {
    if (!(name in MODULES)) throw new Error(`the test components import ${name}`);
    return MODULES[name];
  };
  new Function('module', 'exports', 'require', outputText)(module, module.exports, requireFor);
  return module.exports;
}

/** The same source, through the ordinary JSX transform and through the precompiler. */
function both(source: string) {
  const compiled = precompileSource(source, 'test.tsx', HELPERS);
  return { source: load(source), compiled: load(compiled.code), code: compiled.code, templates: compiled.templates };
}

const COMPONENTS = `
  export function Entry({ title, href, badge, items, when, level, flag }: any) {
    return (
      <li class="entry">
        <div class="entry-head">
          {level === 4 ? <h4 class="t">{href ? <a href={href}>{title}</a> : title}</h4> : <h3 class="t">{title}</h3>}
          {badge ? <span class="badge">{badge}</span> : null}
          {when}
        </div>
        {items.length ? <ul class="items">{items.map((item: any, index: number) => <li key={index}>{item}</li>)}</ul> : null}
        <p hidden={flag} title={title} data-x={flag}>{items}</p>
      </li>
    );
  }
  const Inner = ({ text }: any) => <em>{text}</em>;
  export function WithComponent({ text }: any) {
    return <div class="w">{text}<Inner text={text} /> and {[<b>{text}</b>, text, <Inner text={text} />]}</div>;
  }
  function part(text: any) {
    return text ? <strong>{text}</strong> : text;
  }
  export function Raw({ html, title }: any) {
    return (
      <div title={title}>
        <script type="application/ld+json" dangerouslySetInnerHTML={html === null ? undefined : { __html: html }} />
        <style dangerouslySetInnerHTML={{ __html: html }} />
        <p>{title}</p>
      </div>
    );
  }
  export function Mixed({ list }: any) {
    return <ul>{list.map((item: any) => (typeof item === 'number' ? <Inner text={item} /> : <li>{item}</li>))}</ul>;
  }
  export function Parts({ text, list }: any) {
    return <p>{part(text)}{list.map(part)}{[part(text), ' & ', list]}<>{text}</></p>;
  }
`;

const modules = both(COMPONENTS);

function renderBoth(name: string, props: Record<string, unknown>) {
  const render = (module: typeof modules.source) => renderToString(preact.h(module[name] as never, props));
  return { plain: render(modules.source), compiled: render(modules.compiled) };
}

// Text with the characters HTML escapes, other values children and attributes can be.
const text = fc.oneof(fc.string(), fc.constantFrom('a & b', '<script>', '"quoted"', "it's", ''));
const value = fc.oneof(text, fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean());

describe('jsxText', () => {
  it('reads JSX text as React and Preact do: lines trimmed, blank lines dropped, lines joined by a space', () => {
    expect(jsxText('  a  b  ')).toBe('  a  b  ');
    expect(jsxText('\n    first\n    second  \n  ')).toBe('first second');
    expect(jsxText('\n\n   \n')).toBe('');
    expect(jsxText('a\t\n\tb')).toBe('a b');
  });
});

describe('what is compiled', () => {
  const element = (jsx: string) => {
    const file = ts.createSourceFile('x.tsx', `const x = ${jsx};`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
    const statement = file.statements[0] as ts.VariableStatement;
    return (statement.declarationList.declarations[0] as ts.VariableDeclaration).initializer as ts.Expression;
  };

  it('compiles plain HTML elements and fragments', () => {
    for (const jsx of [
      '<div class="a">x</div>',
      '<br />',
      '<>x</>',
      '<a href={u}>{t}</a>',
      '<time dateTime={d}>{t}</time>',
      '<div aria-hidden={b} />',
      '<div data-x={b} />',
      '<style>{css}</style>',
      '<body dangerouslySetInnerHTML={h} />',
      '<script type="application/ld+json" dangerouslySetInnerHTML={h}></script>',
    ])
      expect(isCompilable(element(jsx))).toBe(true);
  });

  it('leaves components, special elements and attributes, spreads and entities to the JSX transform', () => {
    for (const jsx of [
      '<Item />',
      '<svg />',
      '<div {...props} />',
      '<div draggable={b} />',
      '<div style={s} />',
      '<div dangerouslySetInnerHTML={h}>x</div>',
      '<br dangerouslySetInnerHTML={h} />',
      '<p>&amp;</p>',
      '<p title="&lt;" />',
      '<div ref={r} />',
    ]) {
      expect(isCompilable(element(jsx))).toBe(false);
    }
  });

  it('writes the static HTML of each element tree once, as template strings', () => {
    const { code, templates } = modules;
    expect(templates).toBeGreaterThan(5);
    expect(code).toContain('"<li class=\\"entry\\"><div class=\\"entry-head\\">"');
    // aria-* and data-* values go through their own helper, which writes true and false as text.
    expect(code).toContain('__jsxSlots.textAttribute("data-x", flag)');
    // Attribute names are the renderer's: dateTime becomes datetime.
    expect(precompileSource('const t = (d: string) => <time dateTime={d}>x</time>;', 't.tsx', HELPERS).code).toContain('"datetime"');
    expect(precompileSource('const plain = 1;', 'p.tsx', HELPERS)).toEqual({ code: 'const plain = 1;', templates: 0 });
  });

  it('compiles elements in a child position inline, and elements elsewhere as templates', () => {
    const { code } = modules;
    expect(code).toMatch(/badge \? __jsxSlots\.inline\(__template\d+, __jsxSlots\.child\(badge\)\) : null/);
    expect(code).toMatch(/__jsxSlots\.list\(items\.map\(\(item: any, index: number\) => __jsxSlots\.inline\(/);
    expect(code).toMatch(/return text \? __jsxSlots\.template\(/);
  });
});

describe('compiled components render as the sources do', () => {
  it('for entries with any titles, links, badges, lists and attribute values', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(text),
        value,
        fc.array(value, { maxLength: 4 }),
        value,
        fc.constantFrom(3, 4),
        value,
        (title, href, badge, items, when, level, flag) => {
          const { plain, compiled } = renderBoth('Entry', { title, href, badge, items, when, level, flag });
          expect(compiled).toBe(plain);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with components inside compiled elements, and compiled elements returned by functions into lists', () => {
    fc.assert(
      fc.property(value, fc.array(value, { maxLength: 4 }), (textValue, list) => {
        for (const [name, props] of [
          ['WithComponent', { text: textValue }],
          ['Parts', { text: textValue, list }],
          ['Mixed', { list }],
        ] as const) {
          const { plain, compiled } = renderBoth(name, props);
          expect(compiled).toBe(plain);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with inner HTML, written as it is, or absent', () => {
    // The theme's inner HTML is always a string (the page's body, its stylesheet, its JSON-LD).
    fc.assert(
      fc.property(fc.option(text), value, (html, title) => {
        const { plain, compiled } = renderBoth('Raw', { html, title });
        expect(compiled).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });

  it('joins an element tree of text into one finished template, and leaves one with a component to the renderer', () => {
    const { compiled } = modules;
    const finished = compiled.Parts?.({ text: 'a', list: ['b'] }) as { props: { tpl: string[]; exprs?: unknown[] } };
    expect(finished.props.tpl).toEqual(['<p><strong>a</strong><strong>b</strong><strong>a</strong> &amp; ba</p>']);
    const open = compiled.WithComponent?.({ text: 'a' }) as { props: { tpl: string[]; exprs: unknown[] } };
    expect(open.props.tpl.length).toBeGreaterThan(1);
    expect(open.props.exprs.some((part) => typeof part === 'object' && part !== null)).toBe(true);
  });
});
