import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import {
  MARKDOWN_OPTIONS,
  MARKDOWN_RULES,
  hasMarkup,
  isNormalLink,
  parseInlineMarkdown,
  plainText,
  titleMarkup,
} from '../../src/model/markdown';

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

  it('keeps raw HTML as text, except the inline tags people write in CVs', () => {
    const tree = parseInlineMarkdown('<b>bold</b> <script>x</script>');
    expect(tree[0]).toEqual({ kind: 'b', children: [{ kind: 'text', text: 'bold' }] });
    expect(plainText(tree)).toBe('bold <script>x</script>');
    expect(plainText(parseInlineMarkdown('<img src=x onerror=alert(1)> <div>y</div>'))).toBe('<img src=x onerror=alert(1)> <div>y</div>');
  });

  it('keeps a tag named like a property of every object as text, with what follows it', () => {
    expect(plainText(parseInlineMarkdown('<constructor>x</constructor>'))).toBe('<constructor>x</constructor>');
  });

  it('turns i, b, em, strong, u, sub, sup and br into formatting', () => {
    const kinds = (text: string) => parseInlineMarkdown(text).map((node) => node.kind);
    expect(kinds('<i>a</i><em>b</em><strong>c</strong><u>d</u>H<sub>2</sub>O x<sup>2</sup><br>z<br/>')).toEqual([
      'i',
      'em',
      'strong',
      'u',
      'text',
      'sub',
      'text',
      'sup',
      'break',
      'text',
      'break',
    ]);
    expect(parseInlineMarkdown('<I>upper</I>')[0]).toMatchObject({ kind: 'i' });
  });

  it('makes <a href> a link only through the safe-URL check, decoding entities in the address', () => {
    expect(parseInlineMarkdown('<a href="https://x.org/?a=1&amp;b=2">lab</a>')).toEqual([
      { kind: 'link', href: 'https://x.org/?a=1&b=2', children: [{ kind: 'text', text: 'lab' }] },
    ]);
    expect(parseInlineMarkdown("<a href='github.com/me'>me</a>")[0]).toMatchObject({ kind: 'link', href: 'https://github.com/me' });
    const unsafe = parseInlineMarkdown('<a href="javascript:alert(1)">click</a>');
    expect(unsafe.some((node) => node.kind === 'link')).toBe(false);
    expect(plainText(unsafe)).toBe('<a href="javascript:alert(1)">click</a>');
  });

  it('closes only what an HTML tag opened: stray and crossed tags stay text', () => {
    expect(plainText(parseInlineMarkdown('a </i> b'))).toBe('a </i> b');
    expect(parseInlineMarkdown('<i>open to the end')[0]).toEqual({ kind: 'i', children: [{ kind: 'text', text: 'open to the end' }] });
    // Markdown closing around an open HTML element closes it too.
    const crossed = parseInlineMarkdown('*a <b>b* c</b>');
    expect(crossed[0]).toMatchObject({ kind: 'em' });
    expect(plainText(crossed)).toBe('a b c</b>');
  });

  it('shows HTML nested deeper than anyone writes as text, so rendering cannot recurse without end', () => {
    const deep = parseInlineMarkdown(`${'<b>'.repeat(500)}x`);
    let depth = 0;
    for (let node = deep[0]; node && 'children' in node; node = node.children[0]) depth += 1;
    expect(depth).toBeLessThanOrEqual(16);
    expect(plainText(deep)).toContain('<b>');
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
    expect(parseInlineMarkdown('Just text, 95% of it.')).toEqual([{ kind: 'text', text: 'Just text, 95% of it.', htmlSafe: true }]);
  });

  it('nests emphasis inside links and strong', () => {
    const tree = parseInlineMarkdown('**bold *both***');
    expect(tree[0]).toMatchObject({ kind: 'strong' });
    expect(plainText(tree)).toBe('bold both');
  });

  it('turns line breaks into break nodes, whatever the line ending', () => {
    for (const text of ['one\ntwo', 'one\r\ntwo', 'one\rtwo'])
      expect(parseInlineMarkdown(text).map((node) => node.kind)).toEqual(['text', 'break', 'text']);
  });

  it('replaces NUL with U+FFFD, as markdown-it does', () => {
    expect(parseInlineMarkdown('a\0b')).toEqual([{ kind: 'text', text: 'a\uFFFDb' }]);
  });
});

describe('a title with formatting tags', () => {
  it('is rich text only when it has one of them: a species in italics, a formula', () => {
    expect(titleMarkup('Plain title with a * and a _')).toBeUndefined();
    expect(titleMarkup('Bounds for a < b and c > d')).toBeUndefined();
    expect(titleMarkup('First report of <i>Ralstonia syzygii</i> in Brazil')).toEqual([
      { kind: 'text', text: 'First report of ' },
      { kind: 'i', children: [{ kind: 'text', text: 'Ralstonia syzygii' }] },
      { kind: 'text', text: ' in Brazil' },
    ]);
    expect(titleMarkup('H<sub>2</sub>O and CO<SUB>2</SUB>')?.map((node) => node.kind)).toEqual(['text', 'sub', 'text', 'sub']);
  });

  it('keeps markdown and every other tag as text: a title is no prose', () => {
    const title = 'A* search on <i>snake_case</i> [graphs](x) with `ticks` ~~and~~ <a href="https://x.org">links</a> &amp; <br>';
    expect(plainText(titleMarkup(title) ?? [])).toBe(
      'A* search on snake_case [graphs](x) with `ticks` ~~and~~ <a href="https://x.org">links</a> &amp; <br>',
    );
    expect(
      titleMarkup(title)
        ?.filter((node) => node.kind !== 'text')
        .map((node) => node.kind),
    ).toEqual(['i']);
  });
});

describe('text that skips the parser', () => {
  // markdown-it as the theme configures it, called as it comes: what does it make of the text?
  const parser = new MarkdownIt('zero', MARKDOWN_OPTIONS).enable(MARKDOWN_RULES);
  const isTextOfItself = (text: string) => {
    const tokens = parser.parseInline(text, {})[0]?.children ?? [];
    return tokens.every((token) => token.type === 'text') && tokens.map((token) => token.content).join('') === text;
  };
  const piece = fc.constantFrom(
    ...['&', ';', '<', ' ', '  ', ...'> R D amp copy # #x 38 x26 0 . 5 % = / ! ? - " \' é 😀 * _ ` ['.split(' ')],
    ...['&amp;', '&#38;', '&bogus;', '&nbsp', '<b>', '</i>', '<!-- c -->', '<?x?>', '<a href="https://a.org">', '< b', '<5'],
    ...['__', 'snake_case', 'x_2', '_a', 'b_', 'é_', '*', '**', 'A*STAR', '~', '~~', '\\', '\\n', '\\&', '\\é'],
  );
  const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('is text of itself to markdown-it: "&", "<", "\\", "~", "*" and "_" where they start nothing', () => {
    const skipped = { '&<': 0, '\\': 0, '~': 0, '*': 0, _: 0 };
    fc.assert(
      fc.property(text, (value) => {
        if (hasMarkup(value)) return true;
        for (const characters of Object.keys(skipped) as (keyof typeof skipped)[])
          if ([...characters].some((character) => value.includes(character))) skipped[characters] += 1;
        return isTextOfItself(value);
      }),
      { numRuns: 5000 },
    );
    // Each kind of text is met often enough for the property to say something of it.
    for (const count of Object.values(skipped)) expect(count).toBeGreaterThan(30);
    const prose = ['R&D', 'Lunch & Learn', 'p < 0.05', 'x <5% & y', 'a&b <- c', '; then AT&T', 'top ~200', 'A*STAR'];
    const words = ['https://github.com/biothings/biothings_explorer.', 'the snake_case_name', 'A__B', 'C:\\data', 'isibang.ac.in/~adean/'];
    for (const value of [...prose, ...words]) {
      expect(hasMarkup(value)).toBe(false);
      const htmlSafe = !/[&<"]/.test(value) || undefined;
      expect(parseInlineMarkdown(value)).toEqual([{ kind: 'text', text: value, htmlSafe }]);
    }
  });

  it('is marked safe for HTML exactly when it has no "&", "<" or \'"\' either', () => {
    let safe = 0;
    fc.assert(
      fc.property(text, fc.constantFrom('', '"', ' "quoted"'), (value, quote) => {
        const written = value + quote;
        const [first, ...rest] = parseInlineMarkdown(written);
        const expected = Boolean(written) && !hasMarkup(written) && !/[&<"]/.test(written);
        if (expected) safe += 1;
        expect(first?.kind === 'text' && first.htmlSafe === true && rest.length === 0).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(safe).toBeGreaterThan(100);
    // Text the parser made is never marked: its pieces were not searched for the characters.
    expect(parseInlineMarkdown('*a* b')).toEqual([
      { kind: 'em', children: [{ kind: 'text', text: 'a' }] },
      { kind: 'text', text: ' b' },
    ]);
  });

  it('is parsed when markup can start in it: an entity, a tag, an escape, strikethrough, emphasis', () => {
    for (const value of ['R&amp;D', 'a &#38; b', 'x & y; z', 'AT&T; Q&A', 'a <b>bold</b>', 'a </i>', 'a <!-- c -->', '<?php', 'a*b*'])
      expect(hasMarkup(value)).toBe(true);
    // "_" with no letter or digit on one side may open or close emphasis: `__init__` is bold.
    for (const value of ['__init__', 'a _b_ c', 'x_ y', 'é_x', 'snake_ case', '_a']) expect(hasMarkup(value)).toBe(true);
    for (const value of ['R \\& D', 'a\\*b', 'a ~~b~~', '~~', '*a* and b', 'A*STAR and *B*', 'a ** b *'])
      expect(hasMarkup(value)).toBe(true);
    expect(parseInlineMarkdown('R \\& D')).toEqual([{ kind: 'text', text: 'R & D' }]);
    expect(parseInlineMarkdown('__init__ and a_b')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'init' }] },
      { kind: 'text', text: ' and a_b' },
    ]);
    expect(parseInlineMarkdown('R&amp;D')).toEqual([{ kind: 'text', text: 'R&D' }]);
  });
});

describe('a link address that skips normalizing', () => {
  const { normalizeLink } = new MarkdownIt();
  const label = fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/);
  // Characters of every kind, mostly those left as they are, and some that mdurl escapes, parses or rejects.
  const kept = fc.constantFrom(..."a Z 0 _ - . ~ ! $ & ' ( ) * + , ; = : @ / ? #".split(' '));
  const changed = fc.constantFrom(...'% %41 %zz é [ ] | ^ { } " < > \\ ` 😀'.split(' '), ' ');
  const url = fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'https://', 'HTTPS://', 'ftp://', 'mailto:', '//'),
      fc.array(label, { minLength: 1, maxLength: 4 }),
      fc.constantFrom('', '', '', '.', ':8080', '@x', 'é', '_'),
      fc.array(fc.oneof({ arbitrary: kept, weight: 12 }, { arbitrary: changed, weight: 1 }), { maxLength: 10 }),
    )
    .map(([scheme, labels, hostEnd, path]) => `${scheme}${labels.join('.')}${hostEnd}${path.length ? `/${path.join('')}` : ''}`);

  it('is one markdown-it gives back as it is', () => {
    let normal = 0;
    fc.assert(
      fc.property(url, (value) => {
        if (!isNormalLink(value)) return true;
        normal += 1;
        return normalizeLink(value) === value;
      }),
      { numRuns: 4000 },
    );
    expect(normal).toBeGreaterThan(200);
  });

  it('is never one markdown-it would change: a long host, a long label, escapes, other scripts', () => {
    for (const value of [
      `https://${'a'.repeat(64)}.org/`,
      `https://${'abc.'.repeat(70)}org`,
      'https://a.org/%41',
      'https://ä.org/',
      'https://a.org/a b',
      'HTTPS://a.org',
    ])
      expect(isNormalLink(value)).toBe(false);
    expect(isNormalLink("https://scholar.google.com/citations?user=abc&hl=en#x_y-z.~!$'()*+,;=:@")).toBe(true);
  });
});
