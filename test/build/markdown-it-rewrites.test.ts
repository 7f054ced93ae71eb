// The build's rewrites of markdown-it (scripts/markdown-it-rewrites.ts): exact on the file the
// build bundles, and in effect in dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { prototypeNames, rewriteAsciiPunctuation, rewriteFieldDefinitions } from '../../scripts/markdown-it-rewrites';

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

describe('markdown-it punctuation test', () => {
  const { utils } = new MarkdownIt();

  it('relies on a fact of markdown-it: within ASCII, Unicode punctuation and symbols are its ASCII punctuation', () => {
    const disagree: number[] = [];
    for (let code = 0; code < 128; code++) {
      if (utils.isPunctChar(String.fromCharCode(code)) !== utils.isMdAsciiPunct(code)) disagree.push(code);
    }
    expect(disagree).toEqual([]);
    // Beyond ASCII the Unicode patterns still answer: an em dash is punctuation, "é" is not.
    expect(utils.isPunctChar('\u2014')).toBe(true);
    expect(utils.isPunctChar('é')).toBe(false);
  });

  it('answers ASCII codes with isMdAsciiPunct in the bundled file, and only there', () => {
    const code = readFileSync(markdownItFile, 'utf8');
    const rewritten = rewriteAsciiPunctuation(code) as string;
    expect(rewritten).toContain('return code < 128 ? isMdAsciiPunct(code) : isPunctChar(fromCodePoint(code));');
    expect(rewritten.length - code.length).toBe('code < 128 ? isMdAsciiPunct(code) : '.length);
  });

  it('refuses a file whose isPunctCharCode is written otherwise', () => {
    expect(rewriteAsciiPunctuation('function isPunctCharCode(c) { return P.test(String.fromCodePoint(c)); }')).toBeUndefined();
  });

  it('is in effect in dist/', () => {
    const bundle = readFileSync(join(__dirname, '../../dist/index.mjs'), 'utf8');
    expect(bundle).toMatch(/function [\w$]+\(([\w$]+)\)\{return \1<128\?[\w$]+\(\1\):[\w$]+\([\w$]+\(\1\)\)\}/);
  });
});
