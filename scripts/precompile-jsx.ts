// Precompiled JSX: an esbuild plugin that turns the static HTML of each JSX element into template
// strings at build time, the way Deno's `jsx: "precompile"` does for Preact. At run time the strings
// and the dynamic parts make Preact template vnodes (`jsxTemplate`), which preact-render-to-string
// joins: one vnode per element tree instead of one per element. The static HTML is written by
// preact-render-to-string itself; the dynamic parts go through the helpers in src/jsxSlots.ts, which
// escape and serialise exactly as it does. test/package/precompiled.test.ts checks that the output is
// byte for byte the same as the sources', and test/build/precompile-jsx.test.ts checks the compiler.
//
// Elements written in a child position of another element (`{cond ? <b>{x}</b> : null}`, and the
// elements returned by `list.map(...)` there) are compiled "inline": when all of their dynamic parts
// are text they become their HTML string at once, which the enclosing template takes as it is, so
// that no vnode is made for them at all.
//
// Only plain HTML elements are compiled. Components, spreads, elements the renderer treats
// specially (textarea, select, svg...) and the enumerated attributes (draggable, spellcheck) are left
// to the ordinary JSX transform. Attributes with a dash after their fourth letter (aria-*, data-*),
// whose true and false the renderer writes as text, are written by their own helper,
// `textAttribute`; `dangerouslySetInnerHTML` on an element without children (the page's body, its
// stylesheet and its JSON-LD) by `innerHtml`.
import ts from 'typescript';
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { relative, dirname } from 'node:path';
import { h, Fragment, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

const PLAIN_ELEMENTS = new Set(
  (
    'a abbr address article aside b bdi blockquote body br caption cite code dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 head header hgroup hr html i img ins kbd li main mark ' +
    'meta nav ol p pre q s samp section small span strong sub summary sup table tbody td tfoot th thead ' +
    'time title tr u ul var wbr script style'
  ).split(' '),
);
const UNSUPPORTED_ATTRIBUTES = new Set(['ref', 'children', 'style', 'value', 'defaultValue', 'draggable', 'spellcheck']);

// Placeholders for dynamic parts in the build-time render: \0<index>\0, as a child or attribute value.
const placeholder = (index: number) => `\0${index}\0`;
const SLOT = / ([^\s"=]+)="\0(\d+)\0"|\0(\d+)\0/g;

type JsxNode = ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment;

/** The run-time helpers of src/jsxSlots.ts that compiled code calls. */
type Helper = 'template' | 'inline' | 'attribute' | 'textAttribute' | 'innerHtml' | 'child' | 'list';

/** aria-*, data-* and any other name with a dash at index 4: the renderer writes every value of theirs as text. */
const writtenAsText = (name: string) => name[4] === '-';

/** JSX text as React and Preact read it: lines trimmed, blank lines dropped, lines joined by a space. */
export function jsxText(raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  let lastFilled = 0;
  lines.forEach((line, index) => {
    if (/[^ \t]/.test(line)) lastFilled = index;
  });
  let text = '';
  lines.forEach((line, index) => {
    let trimmed = line.replace(/\t/g, ' ');
    if (index > 0) trimmed = trimmed.replace(/^ +/, '');
    if (index < lines.length - 1) trimmed = trimmed.replace(/ +$/, '');
    if (trimmed) text += index === lastFilled ? trimmed : `${trimmed} `;
  });
  return text;
}

const tagOf = (node: ts.JsxElement | ts.JsxSelfClosingElement) => (ts.isJsxElement(node) ? node.openingElement : node);

const INNER_HTML = 'dangerouslySetInnerHTML';

/** The expression of an element's `dangerouslySetInnerHTML`, if it has one. */
function innerHtmlOf(node: ts.JsxElement | ts.JsxSelfClosingElement): ts.Expression | undefined {
  for (const attribute of tagOf(node).attributes.properties) {
    if (ts.isJsxAttribute(attribute) && ts.isIdentifier(attribute.name) && attribute.name.text === INNER_HTML) {
      const { initializer } = attribute;
      return initializer && ts.isJsxExpression(initializer) ? initializer.expression : undefined;
    }
  }
  return undefined;
}

/** Elements the renderer closes as `<br/>` when they have no content: their inner HTML would change that. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'meta', 'wbr']);

// Entities in JSX text and strings would need decoding: elements with them are left to the JSX transform.
const hasEntity = (text: string) => text.includes('&');

/** A fragment, or a lowercase HTML tag that the renderer serialises plainly, with attributes we can compile. */
export function isCompilable(node: ts.Node): node is JsxNode {
  if (!ts.isJsxElement(node) && !ts.isJsxSelfClosingElement(node) && !ts.isJsxFragment(node)) return false;
  if (!ts.isJsxSelfClosingElement(node) && node.children.some((item) => ts.isJsxText(item) && hasEntity(item.text))) return false;
  if (ts.isJsxFragment(node)) return true;
  const { tagName, attributes } = tagOf(node);
  if (!ts.isIdentifier(tagName) || !PLAIN_ELEMENTS.has(tagName.text)) return false;
  // Inner HTML only on an element without children that is not void.
  if (innerHtmlOf(node) && ((ts.isJsxElement(node) && node.children.length > 0) || VOID_ELEMENTS.has(tagName.text))) return false;
  return attributes.properties.every((attribute) => {
    if (!ts.isJsxAttribute(attribute) || !ts.isIdentifier(attribute.name)) return false;
    const name = attribute.name.text;
    if (UNSUPPORTED_ATTRIBUTES.has(name)) return false;
    const { initializer } = attribute;
    if (!initializer) return true;
    if (ts.isStringLiteral(initializer)) return !hasEntity(initializer.text);
    return ts.isJsxExpression(initializer) && initializer.expression !== undefined;
  });
}

function unwrap(expression: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(expression) ? unwrap(expression.expression) : expression;
}

/** An element, or a choice (`a ? b : c`) with an element among its outcomes. */
function yieldsElement(expression: ts.Expression): boolean {
  const inner = unwrap(expression);
  if (isCompilable(inner)) return true;
  return ts.isConditionalExpression(inner) && (yieldsElement(inner.whenTrue) || yieldsElement(inner.whenFalse));
}

/** `items.map((item) => <li>…</li>)`: the callback, when it is an arrow function yielding elements. */
function mappedElements(expression: ts.Expression): ts.ArrowFunction | undefined {
  const inner = unwrap(expression);
  if (!ts.isCallExpression(inner) || inner.arguments.length !== 1) return undefined;
  if (!ts.isPropertyAccessExpression(inner.expression) || inner.expression.name.text !== 'map') return undefined;
  const [callback] = inner.arguments;
  if (!callback || !ts.isArrowFunction(callback) || ts.isBlock(callback.body)) return undefined;
  return yieldsElement(callback.body) ? callback : undefined;
}

interface Compiled {
  code: string;
  /** How many element trees became templates. */
  templates: number;
}

/** The source of a .tsx module with its JSX precompiled (the source itself when nothing was compiled). */
export function precompileSource(source: string, path: string, helpersImport: string): Compiled {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
  const { factory } = ts;
  const hoisted: ts.Statement[] = [];

  const helperCall = (helper: Helper, ...args: ts.Expression[]) =>
    factory.createCallExpression(factory.createPropertyAccessExpression(factory.createIdentifier('__jsxSlots'), helper), undefined, args);

  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visitExpression = (node: ts.Expression) => ts.visitNode(node, visit) as ts.Expression;

    const visit = (node: ts.Node): ts.Node => {
      if (isCompilable(node)) {
        const call = compileElement(node, 'template');
        // An element that is a JSX child or attribute value must stay JSX there: wrap it in {…}.
        const inJsx = ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent) || ts.isJsxAttribute(node.parent);
        return inJsx ? factory.createJsxExpression(undefined, call) : call;
      }
      return ts.visitEachChild(node, visit, context);
    };

    /**
     * A dynamic child of a compiled element. Its value goes into the template as it is, so every
     * outcome is made ready here: elements are compiled inline, anything else goes through `child`.
     */
    function childValue(expression: ts.Expression): ts.Expression {
      const inner = unwrap(expression);
      if (inner.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(inner) && inner.text === 'undefined')) return factory.createNull();
      if (isCompilable(inner)) return compileElement(inner, 'inline');
      if (ts.isConditionalExpression(inner) && yieldsElement(inner)) {
        return factory.createConditionalExpression(
          visitExpression(inner.condition),
          inner.questionToken,
          childValue(inner.whenTrue),
          inner.colonToken,
          childValue(inner.whenFalse),
        );
      }
      const callback = mappedElements(inner);
      if (callback && ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression)) {
        const inlineCallback = factory.updateArrowFunction(
          callback,
          callback.modifiers,
          callback.typeParameters,
          callback.parameters,
          callback.type,
          callback.equalsGreaterThanToken,
          childValue(callback.body as ts.Expression),
        );
        const mapped = factory.updateCallExpression(
          inner,
          factory.updatePropertyAccessExpression(inner.expression, visitExpression(inner.expression.expression), inner.expression.name),
          inner.typeArguments,
          [inlineCallback],
        );
        return helperCall('list', mapped);
      }
      return helperCall('child', visitExpression(inner));
    }

    /** The element as `template(strings, ...dynamic parts)`, or `inline(...)` in a child position. */
    function compileElement(root: JsxNode, helper: 'template' | 'inline'): ts.Expression {
      // Each dynamic part: a child's ready value, or an attribute's expression (its name is the rendered one).
      const dynamic: { child?: ts.Expression; attribute?: ts.Expression; asText?: boolean }[] = [];
      const toVNode = (node: JsxNode): VNode => {
        const children: (string | VNode)[] = [];
        const jsxChildren = ts.isJsxSelfClosingElement(node) ? [] : node.children;
        for (const item of jsxChildren) {
          if (ts.isJsxText(item)) {
            const text = jsxText(item.text);
            if (text) children.push(text);
          } else if (ts.isJsxExpression(item)) {
            if (!item.expression) continue;
            children.push(placeholder(dynamic.length));
            dynamic.push({ child: childValue(item.expression) });
          } else if (isCompilable(item)) {
            children.push(toVNode(item));
          } else {
            children.push(placeholder(dynamic.length));
            dynamic.push({ child: helperCall('child', visitExpression(item as ts.Expression)) });
          }
        }
        if (ts.isJsxFragment(node)) return h(Fragment, null, ...children) as VNode;
        const innerHtml = innerHtmlOf(node);
        if (innerHtml) {
          children.push(placeholder(dynamic.length));
          dynamic.push({ child: helperCall('innerHtml', visitExpression(innerHtml)) });
        }
        const props: Record<string, string | boolean> = {};
        for (const attribute of tagOf(node).attributes.properties) {
          if (!ts.isJsxAttribute(attribute) || !ts.isIdentifier(attribute.name)) continue;
          const name = attribute.name.text;
          // The renderer never writes keys; inner HTML is a child part, below.
          if (name === 'key' || name === INNER_HTML) continue;
          const { initializer } = attribute;
          if (!initializer) props[name] = true;
          else if (ts.isStringLiteral(initializer)) props[name] = initializer.text;
          else if (ts.isJsxExpression(initializer) && initializer.expression) {
            props[name] = placeholder(dynamic.length);
            dynamic.push({ attribute: visitExpression(initializer.expression), asText: writtenAsText(name) });
          }
        }
        return h((tagOf(node).tagName as ts.Identifier).text, props as Record<string, unknown>, ...children) as VNode;
      };

      // preact-render-to-string writes the static HTML, so names and escaping are its own.
      const html = renderToString(toVNode(root));
      const strings: string[] = [];
      const parts: ts.Expression[] = [];
      let last = 0;
      for (const match of html.matchAll(SLOT)) {
        strings.push(html.slice(last, match.index));
        last = (match.index ?? 0) + match[0].length;
        const [, attributeName, attributeIndex, childIndex] = match;
        const part = dynamic[Number(attributeIndex ?? childIndex)];
        if (attributeName && part?.attribute)
          parts.push(helperCall(part.asText ? 'textAttribute' : 'attribute', factory.createStringLiteral(attributeName), part.attribute));
        else if (!attributeName && part?.child) parts.push(part.child);
      }
      strings.push(html.slice(last));
      if (parts.length !== dynamic.length) throw new Error(`${path}: a dynamic part of a JSX element was lost`);

      const name = factory.createIdentifier(`__template${hoisted.length}`);
      hoisted.push(
        factory.createVariableStatement(
          undefined,
          factory.createVariableDeclarationList(
            [
              factory.createVariableDeclaration(
                name,
                undefined,
                undefined,
                factory.createArrayLiteralExpression(strings.map((text) => factory.createStringLiteral(text))),
              ),
            ],
            ts.NodeFlags.Const,
          ),
        ),
      );
      return helperCall(helper, name, ...parts);
    }

    return (sourceFile) => ts.visitNode(sourceFile, visit) as ts.SourceFile;
  };

  const [result] = ts.transform(file, [transformer]).transformed;
  if (!hoisted.length || !result) return { code: source, templates: 0 };
  const printer = ts.createPrinter();
  const body = printer.printFile(result);
  const header = [
    `import * as __jsxSlots from ${JSON.stringify(helpersImport)};`,
    ...hoisted.map((statement) => printer.printNode(ts.EmitHint.Unspecified, statement, result)),
  ];
  return { code: `${header.join('\n')}\n${body}`, templates: hoisted.length };
}

/** esbuild plugin: precompiles the JSX of every .tsx file under `src/`. */
export function precompileJsx(helpersPath: string): Plugin {
  return {
    name: 'precompile-jsx',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]src[\\/].*\.tsx$/ }, async ({ path }) => {
        let helpersImport = relative(dirname(path), helpersPath).replace(/\.ts$/, '').replace(/\\/g, '/');
        if (!helpersImport.startsWith('.')) helpersImport = `./${helpersImport}`;
        return { contents: precompileSource(await readFile(path, 'utf8'), path, helpersImport).code, loader: 'tsx' };
      });
    },
  };
}
