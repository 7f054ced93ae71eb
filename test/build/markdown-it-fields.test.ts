// The build's rewrite of markdown-it's class fields (scripts/markdown-it-fields.ts): exact on the
// file the build bundles, and in effect in dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prototypeNames, rewriteFieldDefinitions } from '../../scripts/markdown-it-fields';

const markdownItFile = join(__dirname, '../../node_modules/markdown-it/dist/markdown-it.mjs');

describe('markdown-it class fields', () => {
  it('rewrites a field set through the helper into an assignment, comments and all', () => {
    const code =
      'class Token {\n\tconstructor(type) {\n\t\t_defineProperty(\n\t\t\tthis,\n\t\t\t/** nesting level */\n\t\t\t"level",\n\t\t\t0\n\t\t);\n\t\t_defineProperty(this, "rules", Object.assign({}, defaults));\n\t\tthis.type = type;\n\t}\n}\n_defineProperty(Token, "Other", Other);\n';
    const { code: rewritten, fields } = rewriteFieldDefinitions(code);
    expect(rewritten).toBe(
      'class Token {\n\tconstructor(type) {\n\t\tthis.level = 0;\n\t\tthis.rules = Object.assign({}, defaults);\n\t\tthis.type = type;\n\t}\n}\n_defineProperty(Token, "Other", Other);\n',
    );
    expect([...fields]).toEqual(['level', 'rules']);
  });

  it('leaves no field of the bundled file to the helper, and none of them is a prototype property', async () => {
    const { code, fields } = rewriteFieldDefinitions(readFileSync(markdownItFile, 'utf8'));
    expect(code).not.toMatch(/_defineProperty\(\s*this\b/);
    expect(fields.size).toBeGreaterThan(20);
    const prototypes = await prototypeNames();
    expect(prototypes.has('attrGet')).toBe(true);
    expect([...fields].filter((name) => prototypes.has(name))).toEqual([]);
  });

  it('is in effect in dist/', () => {
    const bundle = readFileSync(join(__dirname, '../../dist/index.mjs'), 'utf8');
    expect(bundle).toContain('markdown-it 15.0.3');
    // Minified: the Token constructor's fields are assignments, and no field is left to the helper.
    expect(bundle).toContain('this.map=null,this.level=0,this.children=null');
    expect(bundle).not.toMatch(/[\w$]+\(this,"(?:map|level|children|tokens|pos|pending)",/);
  });
});
