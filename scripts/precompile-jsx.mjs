// Precompiled JSX: an esbuild plugin that turns the static HTML of each JSX element into template
// strings at build time, the way Deno's `jsx: "precompile"` does for Preact. At run time Preact's
// `jsxTemplate` carries the strings and the dynamic parts, and preact-render-to-string joins them:
// one vnode per element tree instead of one per element. Dynamic parts go through the helpers in
// src/jsxSlots.ts, which escape and serialise exactly as preact-render-to-string does;
// test/package/precompiled.test.ts checks that the output is byte for byte the same.
//
// Only plain HTML elements are compiled. Components, spreads, `dangerouslySetInnerHTML`, elements
// the renderer treats specially (style, textarea, select, svg...) and attributes it stringifies
// (aria-*, data-*, draggable, spellcheck) are left to the ordinary JSX transform.
import ts from 'typescript';
import { readFile } from 'node:fs/promises';
import { relative, dirname } from 'node:path';
import { h, Fragment } from 'preact';
import { renderToString } from 'preact-render-to-string';

const PLAIN_ELEMENTS = new Set(
  ('a abbr address article aside b bdi blockquote body br caption cite code dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 head header hgroup hr html i img ins kbd li main mark ' +
    'meta nav ol p pre q s samp section small span strong sub summary sup table tbody td tfoot th thead ' +
    'time title tr u ul var wbr').split(' '),
);
const UNSUPPORTED_ATTRIBUTES = new Set(['ref', 'dangerouslySetInnerHTML', 'children', 'style', 'value', 'defaultValue', 'draggable', 'spellcheck']);

// Placeholders for dynamic parts in the build-time render: \0<index>\0, as a child or attribute value.
const placeholder = (index) => `\0${index}\0`;
const SLOT = / ([^\s"=]+)="\0(\d+)\0"|\0(\d+)\0/g;

/** JSX text as React and Preact read it: lines trimmed, blank lines dropped, lines joined by a space. */
function jsxText(raw) {
  const lines = raw.split(/\r\n|\n|\r/);
  const lastFilled = Math.max(0, lines.findLastIndex((line) => /[^ \t]/.test(line)));
  let text = '';
  lines.forEach((line, index) => {
    let trimmed = line.replace(/\t/g, ' ');
    if (index > 0) trimmed = trimmed.replace(/^ +/, '');
    if (index < lines.length - 1) trimmed = trimmed.replace(/ +$/, '');
    if (trimmed) text += index === lastFilled ? trimmed : `${trimmed} `;
  });
  return text;
}

const tagOf = (node) => (ts.isJsxElement(node) ? node.openingElement : node);

// Entities in JSX text and strings would need decoding: elements with them are left to the JSX transform.
const hasEntity = (text) => text.includes('&');

/** A fragment, or a lowercase HTML tag that the renderer serialises plainly, with attributes we can compile. */
function isCompilable(node) {
  if (!ts.isJsxElement(node) && !ts.isJsxSelfClosingElement(node) && !ts.isJsxFragment(node)) return false;
  if (!ts.isJsxSelfClosingElement(node) && node.children.some((item) => ts.isJsxText(item) && hasEntity(item.text))) return false;
  if (ts.isJsxFragment(node)) return true;
  const { tagName, attributes } = tagOf(node);
  if (!ts.isIdentifier(tagName) || !PLAIN_ELEMENTS.has(tagName.text)) return false;
  return attributes.properties.every((attribute) => {
    if (!ts.isJsxAttribute(attribute) || !ts.isIdentifier(attribute.name)) return false;
    const name = attribute.name.text;
    // aria-* and data-* (a dash at index 4): the renderer writes their true and false as strings.
    if (UNSUPPORTED_ATTRIBUTES.has(name) || name[4] === '-') return false;
    return !attribute.initializer || !ts.isStringLiteral(attribute.initializer) || !hasEntity(attribute.initializer.text);
  });
}

function compileFile(source, path, helpersImport) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
  const { factory } = ts;
  const hoisted = [];

  const transformer = (context) => {
    const visit = (node) => {
      if (isCompilable(node)) {
        const call = compileElement(node);
        // An element that is a JSX child or attribute value must stay JSX there: wrap it in {…}.
        const inJsx = ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent) || ts.isJsxAttribute(node.parent);
        return inJsx ? factory.createJsxExpression(undefined, call) : call;
      }
      return ts.visitEachChild(node, visit, context);
    };

    /** The element as `jsxTemplate(strings, ...dynamic parts)`. */
    function compileElement(root) {
      const dynamic = [];
      const toVNode = (node) => {
        const children = [];
        const jsxChildren = ts.isJsxSelfClosingElement(node) ? [] : node.children;
        for (const item of jsxChildren) {
          if (ts.isJsxText(item)) {
            const text = jsxText(item.text);
            if (text) children.push(text);
          } else if (ts.isJsxExpression(item)) {
            if (!item.expression) continue;
            children.push(placeholder(dynamic.length));
            dynamic.push({ expression: ts.visitNode(item.expression, visit) });
          } else if (isCompilable(item)) {
            children.push(toVNode(item));
          } else {
            children.push(placeholder(dynamic.length));
            dynamic.push({ expression: ts.visitNode(item, visit) });
          }
        }
        if (ts.isJsxFragment(node)) return h(Fragment, null, ...children);
        const props = {};
        for (const attribute of tagOf(node).attributes.properties) {
          const name = attribute.name.text;
          // The renderer never writes keys.
          if (name === 'key') continue;
          const { initializer } = attribute;
          if (!initializer) props[name] = true;
          else if (ts.isStringLiteral(initializer)) props[name] = initializer.text;
          else {
            props[name] = placeholder(dynamic.length);
            dynamic.push({ expression: ts.visitNode(initializer.expression, visit) });
          }
        }
        return h(tagOf(node).tagName.text, props, ...children);
      };

      // preact-render-to-string writes the static HTML, so names and escaping are its own.
      const html = renderToString(toVNode(root));
      const strings = [];
      const parts = [];
      let last = 0;
      for (const match of html.matchAll(SLOT)) {
        strings.push(html.slice(last, match.index));
        last = match.index + match[0].length;
        const [, attributeName, attributeIndex, childIndex] = match;
        if (attributeName) {
          parts.push(helperCall('attribute', factory.createStringLiteral(attributeName), dynamic[attributeIndex].expression));
        } else {
          parts.push(helperCall('child', dynamic[childIndex].expression));
        }
      }
      strings.push(html.slice(last));
      if (parts.length !== dynamic.length) throw new Error(`${path}: a dynamic part of a JSX element was lost`);

      const name = factory.createIdentifier(`__template${hoisted.length}`);
      hoisted.push(
        factory.createVariableStatement(
          undefined,
          factory.createVariableDeclarationList(
            [factory.createVariableDeclaration(name, undefined, undefined, factory.createArrayLiteralExpression(strings.map((text) => factory.createStringLiteral(text))))],
            ts.NodeFlags.Const,
          ),
        ),
      );
      return helperCall('template', name, ...parts);
    }

    return (sourceFile) => ts.visitNode(sourceFile, visit);
  };

  const helperCall = (helper, ...args) =>
    factory.createCallExpression(factory.createPropertyAccessExpression(factory.createIdentifier('__jsxSlots'), helper), undefined, args);

  const [result] = ts.transform(file, [transformer]).transformed;
  if (!hoisted.length) return source;
  const printer = ts.createPrinter();
  const body = printer.printFile(result);
  const header = [
    `import * as __jsxSlots from ${JSON.stringify(helpersImport)};`,
    ...hoisted.map((statement) => printer.printNode(ts.EmitHint.Unspecified, statement, result)),
  ];
  return `${header.join('\n')}\n${body}`;
}

/** esbuild plugin: precompiles the JSX of every .tsx file under `src/`. */
export function precompileJsx(helpersPath) {
  return {
    name: 'precompile-jsx',
    setup(builder) {
      builder.onLoad({ filter: /\/src\/.*\.tsx$/ }, async ({ path }) => {
        let helpersImport = relative(dirname(path), helpersPath).replace(/\.ts$/, '');
        if (!helpersImport.startsWith('.')) helpersImport = `./${helpersImport}`;
        return { contents: compileFile(await readFile(path, 'utf8'), path, helpersImport), loader: 'tsx' };
      });
    },
  };
}
