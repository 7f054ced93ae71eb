import fc from 'fast-check';
import { displayUrl, hrefOf, mailto, safeImageUrl, safeUrl, tel } from '../../src/model/url';

describe('safeUrl', () => {
  it.each([
    'https://example.com/a?b=1#c',
    'http://x.org',
    'mailto:a@b.c',
    'tel:+15550100',
    'cv.pdf',
    '/papers/x.pdf',
    '#top',
    '//cdn.example.com/x',
    'HTTPS://EXAMPLE.COM',
  ])('keeps %s', (url) => expect(safeUrl(url)).toBe(url));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'ftp://example.com',
  ])('drops %j', (url) => expect(safeUrl(url)).toBeUndefined());

  it('reads the scheme with control characters and spaces removed, whatever follows a safe one', () => {
    expect(safeUrl('ht\ttps://example.com')).toBe('ht\ttps://example.com');
    expect(safeUrl('HTTPS:\u0000javascript:alert(1)')).toBe('HTTPS:\u0000javascript:alert(1)');
    expect(safeUrl('mailto:\ta@b.c')).toBe('mailto:\ta@b.c');
    expect(safeUrl('https\u0000:x')).toBe('https\u0000:x');
    expect(safeUrl('java\u0000script:https://x')).toBeUndefined();
    expect(safeUrl('httpx://x')).toBeUndefined();
  });

  it('drops what is not a string or is empty', () => {
    expect(safeUrl(42)).toBeUndefined();
    expect(safeUrl({ href: 'https://x' })).toBeUndefined();
    expect(safeUrl('   ')).toBeUndefined();
  });

  it('builds mailto and tel links', () => {
    expect(mailto('a@b.c')).toBe('mailto:a@b.c');
    expect(mailto('a b@c')).toBeUndefined();
    expect(tel('(912) 555-4321')).toBe('tel:9125554321');
    expect(tel('+44 20 7946 0958')).toBe('tel:+442079460958');
  });

  it('allows raster data images only for image sources', () => {
    expect(safeImageUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(safeImageUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined();
    expect(safeImageUrl('mailto:a@b.c')).toBeUndefined();
    expect(safeImageUrl('https://example.com/me.jpg')).toBe('https://example.com/me.jpg');
  });

  it('shows URLs without the scheme', () => {
    expect(displayUrl('https://example.com/')).toBe('example.com');
    expect(displayUrl('http://example.com/a/b')).toBe('example.com/a/b');
  });
});

describe('hrefOf', () => {
  it.each([
    ['github.com/ada', 'https://github.com/ada'],
    ['www.example.org', 'https://www.example.org'],
    ['scholar.google.co.uk/citations?user=x', 'https://scholar.google.co.uk/citations?user=x'],
    ['cv.pdf', 'cv.pdf'],
    ['papers/x.pdf', 'papers/x.pdf'],
    ['https://example.org', 'https://example.org'],
    ['  https://example.org  ', 'https://example.org'],
    ['MAILTO:a@b.c', 'MAILTO:a@b.c'],
    ['javascript:alert(1)', undefined],
    ['', undefined],
  ])('gives %j the link %j', (url, href) => expect(hrefOf(url)).toBe(href));

  it('keeps a URL with a safe scheme as the safe-URL check does, whatever follows the scheme', () => {
    const scheme = fc.constantFrom('http:', 'https:', 'mailto:', 'tel:', 'HTTPS:', 'Http:', 'TEL:');
    const space = fc.constantFrom('', ' ', '\t', '\n ');
    fc.assert(
      fc.property(space, scheme, fc.string({ maxLength: 20 }), space, (before, prefix, rest, after) => {
        const url = `${before}${prefix}${rest}${after}`;
        expect(hrefOf(url)).toBe(safeUrl(url));
      }),
    );
  });
});
