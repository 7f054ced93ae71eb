import { parseInlineMarkdown, plainText } from '../../src/model/markdown';

describe('inline markdown', () => {
  it('parses emphasis, strong, code and links', () => {
    expect(parseInlineMarkdown('a *b* **c** `d` [e](https://e.org)')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'em', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'c' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'd' },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://e.org', children: [{ kind: 'text', text: 'e' }] },
    ]);
  });

  it('keeps raw HTML as text', () => {
    expect(plainText(parseInlineMarkdown('<b>bold</b> <script>x</script>'))).toBe('<b>bold</b> <script>x</script>');
  });

  it('keeps a link with an unsafe target as text, without a link', () => {
    const tree = parseInlineMarkdown('[click](javascript:alert(1))');
    expect(JSON.stringify(tree)).not.toContain('"link"');
    expect(plainText(tree)).toContain('click');
  });

  it('keeps the text of a link markdown-it accepts but the safe-URL check does not, unwrapped', () => {
    expect(parseInlineMarkdown('see [files](ftp://example.org/x) now')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'text', text: 'files' },
      { kind: 'text', text: ' now' },
    ]);
  });

  it('skips the parser for plain text and returns it whole', () => {
    expect(parseInlineMarkdown('Just text, 95% of it.')).toEqual([{ kind: 'text', text: 'Just text, 95% of it.' }]);
  });

  it('nests emphasis inside links and strong', () => {
    const tree = parseInlineMarkdown('**bold *both***');
    expect(tree[0]).toMatchObject({ kind: 'strong' });
    expect(plainText(tree)).toBe('bold both');
  });

  it('turns line breaks into break nodes', () => {
    expect(parseInlineMarkdown('one\ntwo').map((node) => node.kind)).toEqual(['text', 'break', 'text']);
  });
});
