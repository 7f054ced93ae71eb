// Build step: merges the research extension into the standard JSON Resume schema, writes the
// merged schema to schema.json (shipped in the package, usable as "$schema"), and compiles it with
// Ajv into a standalone validator module, so validate() loads neither Ajv nor a schema at runtime.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The extension's schema, assembled from the section descriptors (TypeScript, bundled to run here). */
async function extensionSchema() {
  const cache = join(root, 'node_modules', '.cache', 'scholar');
  await mkdir(cache, { recursive: true });
  const outfile = join(cache, 'assemble-schema.mjs');
  await build({
    entryPoints: [join(here, 'assemble.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    packages: 'external',
    loader: { '.css': 'text' },
    logLevel: 'warning',
  });
  const { extensionSchema: assemble } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
  return assemble();
}

/** Objects merge key by key; anything else in the extension replaces the standard's value. */
function deepMerge(base, extension) {
  if (!isPlainObject(base) || !isPlainObject(extension)) return extension;
  const merged = { ...base };
  for (const [key, value] of Object.entries(extension)) merged[key] = key in base ? deepMerge(base[key], value) : value;
  return merged;
}

export async function mergedSchema() {
  const standard = JSON.parse(await readFile(require.resolve('@jsonresume/schema/schema.json'), 'utf8'));
  const extension = await extensionSchema();
  // The standard's placeholder $id (example.com) would be wrong for the merged document.
  const { $id: _placeholderId, ...standardWithoutId } = standard;
  const { title: _title, description: _description, ...extensionFields } = extension;
  return {
    ...deepMerge(standardWithoutId, extensionFields),
    title: 'JSON Resume, with the jsonresume-theme-scholar research extension',
    description: `${standard.title ?? 'JSON Resume'} (from @jsonresume/schema) plus the fields and sections jsonresume-theme-scholar reads: the research fields of publications, the research sections (talks, teaching, grants, mentoring, service, patents, software) and meta.themeOptions.`,
  };
}

const ANNOTATIONS = new Set(['title', 'description', 'examples']);

/** The schema without what only editors read, so the compiled module stays small. */
function withoutAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (!isPlainObject(schema)) return schema;
  const entries = Object.entries(schema).map(([key, value]) => [
    key,
    key === 'properties' || key === 'definitions' ? mapValues(value) : withoutAnnotations(value),
  ]);
  return Object.fromEntries(entries.filter(([key]) => !ANNOTATIONS.has(key)));
}

function mapValues(record) {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, withoutAnnotations(value)]));
}

// CommonJS packages whose module.exports is the function; the type checker sees their `default`.
const addFormats = /** @type {typeof addFormatsModule.default} */ (/** @type {unknown} */ (addFormatsModule));
const standaloneCode = /** @type {typeof standaloneModule.default} */ (/** @type {unknown} */ (standaloneModule));

export function compileValidator(schema) {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, messages: false, inlineRefs: false, code: { source: true } });
  // "fast" formats are plain regular expressions, inlined into the module: no runtime import.
  addFormats(ajv, { mode: 'fast', formats: ['uri', 'uri-reference', 'email'] });
  const code = standaloneCode(ajv, ajv.compile(withoutAnnotations(schema)));
  if (/require\(/.test(code)) throw new Error('The compiled validator must not import anything at runtime');
  // Wrapped in a function that validate() calls on first use: loading the theme only to render
  // does not evaluate (nor fully compile) the validator.
  return `"use strict";module.exports=function loadValidator(){const module={exports:{}};${code}\nreturn module.exports;};\n`;
}

export async function buildSchema() {
  const schema = await mergedSchema();
  await writeFile(join(root, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  await mkdir(join(here, 'generated'), { recursive: true });
  await writeFile(join(here, 'generated', 'validate-schema.cjs'), compileValidator(schema));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSchema();
