// markdown-it 15 is compiled from TypeScript with every class field set through a helper,
// `_defineProperty(this, "name", value)`, which goes through toPropertyKey() and a keyed store: about a
// hundred calls per string parsed, and most of the time of parsing a short one. In a constructor, a
// field that no prototype defines is set by that helper exactly as by `this.name = value` (the helper
// itself assigns when the name is not `in` the object), and V8 makes the assignment a fast store.
// This esbuild plugin rewrites the calls in markdown-it's ESM file, after checking that none of the
// names is defined by a prototype of markdown-it's classes.
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

export function markdownItFields(): Plugin {
  return {
    name: 'markdown-it-fields',
    setup(builder) {
      let prototypes: Promise<Set<string>> | undefined;
      builder.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, async ({ path }) => {
        const { code, fields } = rewriteFieldDefinitions(await readFile(path, 'utf8'));
        if (fields.size < 20 || /_defineProperty\(\s*this\b/.test(code)) {
          throw new Error(`${path}: markdown-it's class fields are no longer written as expected; update scripts/markdown-it-fields.ts`);
        }
        prototypes ??= prototypeNames();
        const names = await prototypes;
        const shadowed = [...fields].filter((name) => names.has(name));
        if (shadowed.length)
          throw new Error(`${path}: fields ${shadowed.join(', ')} are also prototype properties; they cannot be assigned`);
        return { contents: code, loader: 'js' };
      });
    },
  };
}
