// The rich text of 2,471 inputs (prose, attack strings, and random joins of markdown and HTML pieces)
// as parseInlineMarkdown() made it with markdown-it 15.0.3 through parseInline(). Whatever parser
// version or entry point is in use must make the same trees: the page cannot change unnoticed.
// test/fixtures/markdown-corpus.mjs wrote the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInlineMarkdown } from '../../src/model/markdown';
import type { RichText } from '../../src/model/types';

const { cases } = JSON.parse(readFileSync(join(__dirname, '../fixtures/markdown-corpus.json'), 'utf8')) as { cases: [string, RichText][] };

describe('inline markdown corpus', () => {
  it('has inputs of every kind: markup, HTML, entities, escapes, line breaks', () => {
    const inputs = cases.map(([input]) => input);
    expect(inputs.length).toBeGreaterThan(2000);
    for (const piece of ['**', '`', '](', '<sub>', '&#', '\\*', '\r\n', '\0', '😀'])
      expect(inputs.some((input) => input.includes(piece))).toBe(true);
  });

  // `htmlSafe` says how the text was read (no character HTML escapes was found in it), not what it is.
  const treeText = (tree: RichText) => JSON.stringify(tree, (key, value: unknown) => (key === 'htmlSafe' ? undefined : value));

  it('makes the same tree of every input', () => {
    const differing = cases.filter(([input, tree]) => treeText(parseInlineMarkdown(input)) !== treeText(tree));
    expect(differing.slice(0, 5).map(([input, tree]) => ({ input, expected: tree, actual: parseInlineMarkdown(input) }))).toEqual([]);
  });

  it('marks text safe for HTML only when it has no "&", "<" or \'"\'', () => {
    const marked = cases.map(([input]) => parseInlineMarkdown(input)).filter(([first]) => first?.kind === 'text' && first.htmlSafe);
    expect(marked.length).toBeGreaterThan(100);
    for (const [first] of marked) expect(first?.kind === 'text' && first.text).not.toMatch(/[&<"]/);
  });
});
