// Two rewrites of markdown-it's ESM file at build time, each checked against the file it rewrites.
//
// Class fields. markdown-it 15 is compiled from TypeScript with every class field set through a helper,
// `_defineProperty(this, "name", value)`, which goes through toPropertyKey() and a keyed store: about a
// hundred calls per string parsed, and most of the time of parsing a short one. In a constructor, a
// field that no prototype defines is set by that helper exactly as by `this.name = value` (the helper
// itself assigns when the name is not `in` the object), and V8 makes the assignment a fast store.
// The calls are rewritten after checking that none of the names is defined by a prototype of
// markdown-it's classes.
//
// Punctuation tests. At each run of `*` or `_`, the emphasis rule asks whether the characters on
// either side are punctuation: `isMdAsciiPunct(c) || isPunctCharCode(c)`, and for a letter or a space
// the second runs two regular expressions of all Unicode punctuation and symbols. Within ASCII the
// two tests agree (test/build checks every code), so the second now answers ASCII with the first.
// The result is the same; the large patterns' code is left out of a render whose emphasis sits
// between ASCII characters, and on a page that renders after other work it is no longer read back
// into the processor's caches (figures in docs/benchmarks.md).
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

const FIELD = /_defineProperty\(\s*this,\s*(?:\/\*[\s\S]*?\*\/\s*)?"([A-Za-z_$][\w$]*)",\s*([\s\S]*?)\s*\);\n/g;

export interface Rewrite {
  code: string;
  /** The field names set by the rewritten calls. */
  fields: Set<string>;
}

/** `_defineProperty(this, "name", value);` → `this.name = value;` */
export function rewriteFieldDefinitions(code: string): Rewrite {
  const fields = new Set<string>();
  const rewritten = code.replace(FIELD, (_, name: string, value: string) => {
    fields.add(name);
    return `this.${name} = ${value};\n`;
  });
  return { code: rewritten, fields };
}

/** Every property name on the prototypes of markdown-it's classes, and of Object. */
export async function prototypeNames(): Promise<Set<string>> {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt();
  const core = new md.core.State('', md, {});
  const classes = [md, md.core, md.block, md.inline, md.renderer, md.core.ruler].map((instance) => instance.constructor);
  classes.push(md.core.State, md.block.State, md.inline.State, core.Token);
  const names = new Set<string>(Object.getOwnPropertyNames(Object.prototype));
  for (const type of classes) {
    for (let proto = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
    }
  }
  return names;
}

const PUNCT_CHAR_CODE = 'function isPunctCharCode(code) {\n\treturn isPunctChar(fromCodePoint(code));\n}';
const ASCII_FIRST = 'function isPunctCharCode(code) {\n\treturn code < 128 ? isMdAsciiPunct(code) : isPunctChar(fromCodePoint(code));\n}';

/** `isPunctCharCode` answers ASCII codes with `isMdAsciiPunct`; undefined when the function is no longer written as expected. */
export function rewriteAsciiPunctuation(code: string): string | undefined {
  const at = code.indexOf(PUNCT_CHAR_CODE);
  if (at < 0 || code.indexOf(PUNCT_CHAR_CODE, at + 1) >= 0 || !code.includes('function isMdAsciiPunct(')) return undefined;
  return code.replace(PUNCT_CHAR_CODE, ASCII_FIRST);
}

export function markdownItRewrites(): Plugin {
  return {
    name: 'markdown-it-rewrites',
    setup(builder) {
      let prototypes: Promise<Set<string>> | undefined;
      builder.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, async ({ path }) => {
        const { code, fields } = rewriteFieldDefinitions(await readFile(path, 'utf8'));
        if (fields.size < 20 || /_defineProperty\(\s*this\b/.test(code)) {
          throw new Error(`${path}: markdown-it's class fields are no longer written as expected; update scripts/markdown-it-rewrites.ts`);
        }
        prototypes ??= prototypeNames();
        const names = await prototypes;
        const shadowed = [...fields].filter((name) => names.has(name));
        if (shadowed.length)
          throw new Error(`${path}: fields ${shadowed.join(', ')} are also prototype properties; they cannot be assigned`);
        const contents = rewriteAsciiPunctuation(code);
        if (contents === undefined) {
          throw new Error(
            `${path}: markdown-it's isPunctCharCode is no longer written as expected; update scripts/markdown-it-rewrites.ts`,
          );
        }
        return { contents, loader: 'js' };
      });
    },
  };
}
