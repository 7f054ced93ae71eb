// schema.json: the standard JSON Resume schema plus the research extension, usable as "$schema"
// in an editor, and the very schema validate() checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import ts from 'typescript';
import standardSchema from '@jsonresume/schema/schema.json';
import { validate } from '../../index';
import { hostileResume, validResume } from '../helpers/hostile/arbitraries';
import { runs } from '../helpers/hostile/settings';
import { ROOT } from '../helpers/paths';

const shipped = JSON.parse(readFileSync(join(ROOT, 'schema.json'), 'utf8')) as Record<string, any>;

function compile(schema: object) {
  // strictNumbers as in the shipped validator (compiled in strict mode): Infinity and NaN, which JSON
  // cannot hold but JavaScript callers can pass, are not numbers.
  const ajv = new Ajv({ allErrors: true, strict: false, strictNumbers: true });
  addFormats(ajv, { mode: 'fast', formats: ['uri', 'uri-reference', 'email'] });
  return ajv.compile(schema);
}

function errorPaths(check: ReturnType<typeof compile>, resume: unknown): string[] {
  check(resume);
  return [...new Set((check.errors ?? []).map((error: ErrorObject) => error.instancePath))].sort();
}

describe('schema.json', () => {
  it('is a draft-07 schema with only local references, so editors need no network', () => {
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(shipped)).toBe(true);
    expect(shipped.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const refs = JSON.stringify(shipped).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^"\$ref":"#\/definitions\//);
  });

  it('keeps every property of the standard schema, with its type', () => {
    const walk = (standard: Record<string, any>, ours: Record<string, any>, path: string) => {
      expect({ path, type: ours?.type ?? ours?.$ref }).toEqual({ path, type: standard.type ?? standard.$ref });
      for (const [key, child] of Object.entries<Record<string, any>>(standard.properties ?? {}))
        walk(child, ours.properties?.[key], `${path}/${key}`);
      if (standard.items) walk(standard.items, ours.items, `${path}/items`);
    };
    const { $schema: _relaxed, ...standardProperties } = standardSchema.properties;
    walk({ ...standardSchema, properties: standardProperties }, shipped, '');
  });

  it('describes every research-extension field for editor completion', () => {
    const publication = shipped.properties.publications.items.properties;
    for (const field of ['venue', 'status', 'authors', 'links', 'highlights', 'doi', 'arxiv', 'award', 'type', 'selected']) {
      expect(publication[field]?.description).toEqual(expect.any(String));
    }
    expect(publication.authors.items.type).toEqual(['string', 'object']);
    expect(Object.keys(publication.authors.items.properties)).toEqual(['name', 'given', 'family', 'literal']);
    expect(Object.keys(publication.links.items.properties)).toEqual(['label', 'url']);
    expect(shipped.properties.education.items.properties.department.type).toBe('string');
  });

  it('describes exactly the options of the ThemeOptions type in src/model/options.ts', () => {
    const source = ts.createSourceFile('options.ts', readFileSync(join(ROOT, 'src/model/options.ts'), 'utf8'), ts.ScriptTarget.ES2020);
    const themeOptions = source.statements.find(
      (node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === 'ThemeOptions',
    );
    const declared = themeOptions?.members.map((member) => member.name?.getText(source)).sort();
    expect(Object.keys(shipped.properties.meta.properties.themeOptions.properties).sort()).toEqual(declared);
  });
});

describe('validate() checks schema.json', () => {
  const shippedCheck = compile(shipped);
  const standardCheck = compile(standardSchema);

  it('reports errors at exactly the paths a fresh compile of schema.json does', () => {
    fc.assert(
      fc.property(hostileResume, (resume) => {
        const reported = [
          ...new Set(
            validate(resume)
              .filter((problem) => problem.severity === 'error')
              .map((problem) => problem.path),
          ),
        ].sort();
        const fresh = errorPaths(shippedCheck, resume);
        // A research section that fits neither of its forms (a list, lists by name) is named once: at
        // the error inside it when there is one, else at the section.
        const explainedChoices = (shippedCheck.errors ?? [])
          .filter((error) => error.keyword === 'anyOf')
          .map((error) => error.instancePath)
          .filter((path) => reported.some((other) => other.startsWith(`${path}/`)));
        expect(reported).toEqual(fresh.filter((path) => !explainedChoices.includes(path)));
      }),
      runs(500),
    );
  });

  it('reports every error of the standard schema (apart from its stricter $schema format)', () => {
    fc.assert(
      fc.property(hostileResume, (resume) => {
        const reported = new Set(validate(resume).map((problem) => problem.path));
        const missed = errorPaths(standardCheck, resume).filter((path) => path !== '/$schema' && !reported.has(path));
        expect(missed).toEqual([]);
      }),
      runs(500),
    );
  });
});

/** True when the pointer names a value in the resume, or a missing field of an object in it. */
function pointsIntoResume(resume: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  if (!pointer.startsWith('/')) return false;
  let value = resume;
  const keys = pointer
    .slice(1)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const [index, key] of keys.entries()) {
    if (typeof value !== 'object' || value === null) return false;
    const container = value as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, key)) return index === keys.length - 1 && !Array.isArray(value);
    value = container[key];
  }
  return true;
}

describe('validate() on generated resumes', () => {
  it('returns problems with JSON-pointer paths that exist, and never throws', () => {
    fc.assert(
      fc.property(hostileResume, (resume) => {
        const malformed = validate(resume).filter(
          (problem) =>
            !pointsIntoResume(resume, problem.path) ||
            !['error', 'warning'].includes(problem.severity) ||
            !problem.message ||
            /undefined|NaN|\[object Object\]/.test(problem.message),
        );
        expect(malformed).toEqual([]);
      }),
      runs(1000),
    );
  });

  it('finds no schema error in generated valid resumes', () => {
    fc.assert(
      fc.property(validResume, (resume) => {
        expect(validate(resume).filter((problem) => problem.severity === 'error')).toEqual([]);
      }),
      runs(500),
    );
  });
});

describe('the built theme', () => {
  it('bundles the compiled validator: neither Ajv nor a schema file is loaded at run time', () => {
    for (const file of ['dist/index.cjs', 'dist/index.mjs']) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      expect(code).not.toMatch(/require\(["']ajv|from ?["']ajv|schema\.json|readFileSync/);
    }
  });
});
