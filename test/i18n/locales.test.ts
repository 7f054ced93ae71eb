// Every locale is complete and written in its language; months and numbers come from Intl.
import fc from 'fast-check';
import type { Labels } from '../../src/i18n';
import { fillNumber, localeFor, SUPPORTED_LOCALES } from '../../src/i18n';
import { en } from '../../src/i18n/locales/en';

const REQUIRED = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'pl',
  'cs',
  'ru',
  'uk',
  'tr',
  'zh',
  'ja',
  'ko',
  'vi',
  'id',
  'hi',
  'ar',
  'he',
  'fa',
];
const OTHER_LANGUAGES = SUPPORTED_LOCALES.filter((tag) => tag !== 'en');

/** [path, text] for every string of a Labels object, e.g. ["sections.talks", "Talks"]. */
function leaves(labels: Labels): [string, string][] {
  const walk = (value: unknown, path: string): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => walk(item, path ? `${path}.${key}` : key));
  return walk(labels, '');
}

// Labels that may be the same as in English: names and abbreviations, and words the language shares.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  bibtex: SUPPORTED_LOCALES,
  hIndex: ['nl', 'sv', 'cs'],
  i10Index: ['nl', 'sv', 'cs'],
  'sections.publications': ['fr'],
  citations: ['fr'],
  'publicationTypes.preprint': ['de', 'nl'],
  // Dutch, Italian and Portuguese universities call a minor a minor.
  minor: ['it', 'nl', 'pt'],
  // Software's words, borrowed from English by these languages.
  'sections.software': ['de', 'es', 'it', 'pt', 'nl', 'cs'],
  version: ['de', 'fr', 'sv'],
  forks: ['de', 'fr', 'nl', 'pt'],
  downloads: ['de', 'nl', 'pt'],
};

describe('the locales', () => {
  it('include every language the theme promises, and right-to-left Urdu and Traditional Chinese', () => {
    expect(SUPPORTED_LOCALES).toEqual(expect.arrayContaining([...REQUIRED, 'ur', 'zh-Hant']));
  });

  it.each(SUPPORTED_LOCALES)('%s has every label, none empty or padded', (tag) => {
    const labels = leaves(localeFor(tag).labels);
    expect(labels.map(([path]) => path)).toEqual(leaves(en).map(([path]) => path));
    for (const [path, text] of labels) {
      expect([path, text.trim()]).toEqual([path, text]);
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it.each(OTHER_LANGUAGES)('%s is translated: no label left in English but names the language shares', (tag) => {
    const english = new Map(leaves(en));
    const untranslated = leaves(localeFor(tag).labels)
      .filter(([path, text]) => text === english.get(path) && !SAME_AS_ENGLISH[path]?.includes(tag))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s has exactly one {n} in andMore and citedBy, and no other placeholder', (tag) => {
    const labels = localeFor(tag).labels;
    for (const [path, text] of leaves(labels)) {
      const placeholders = text.match(/\{[^}]*\}/g) ?? [];
      expect([path, placeholders]).toEqual([path, path === 'andMore' || path === 'citedBy' ? ['{n}'] : []]);
    }
  });

  it("uses the language's own scripts and Persian joins with zero-width non-joiners", () => {
    const scriptOf: Record<string, RegExp> = {
      ru: /\p{Script=Cyrillic}/u,
      uk: /\p{Script=Cyrillic}/u,
      zh: /\p{Script=Han}/u,
      'zh-Hant': /\p{Script=Han}/u,
      ja: /\p{Script=Han}|\p{Script=Katakana}/u,
      ko: /\p{Script=Hangul}/u,
      hi: /\p{Script=Devanagari}/u,
      ar: /\p{Script=Arabic}/u,
      he: /\p{Script=Hebrew}/u,
      fa: /\p{Script=Arabic}/u,
      ur: /\p{Script=Arabic}/u,
    };
    for (const [tag, script] of Object.entries(scriptOf)) {
      expect([tag, Object.values(localeFor(tag).labels.sections).every((heading) => script.test(heading))]).toEqual([tag, true]);
    }
    expect(localeFor('fa').labels.sections.skills).toBe('مهارت\u200cها');
    expect(localeFor('zh').labels.sections.education).not.toBe(localeFor('zh-TW').labels.sections.education);
  });
});

describe('localeFor', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['pt_BR', 'pt'],
    ['de-CH', 'de'],
    ['DE', 'de'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['iw', 'he'],
    ['fa-IR', 'fa'],
    ['xx', 'en'],
    ['th', 'en'],
    ['', 'en'],
    ['en-12', 'en'],
    ['"><x', 'en'],
  ])('takes %j to the %s labels', (tag, labelsTag) => {
    expect(localeFor(tag).tag).toBe(labelsTag);
  });
});

describe('month names', () => {
  const months = (tag: string) => Array.from({ length: 12 }, (_, index) => localeFor(tag).formatMonth('2021', index + 1));

  it('come from Intl in the language and order of the locale', () => {
    expect(localeFor('en').formatMonth('2021', 8)).toBe('Aug 2021');
    expect(localeFor('de').formatMonth('2021', 3)).toBe('März 2021');
    expect(localeFor('fr').formatMonth('2021', 8)).toBe('août 2021');
    expect(localeFor('ru').formatMonth('2021', 8)).toBe('авг. 2021\u202fг.'); // CLDR's narrow no-break space keeps "г." with the year
    expect(localeFor('ja').formatMonth('2021', 8)).toBe('2021年8月');
    expect(localeFor('ko').formatMonth('2021', 8)).toBe('2021년 8월');
    expect(localeFor('he').formatMonth('2021', 8)).toBe('אוג׳ 2021');
  });

  it('are Gregorian months with Latin digits, also where the language defaults to another calendar', () => {
    expect(localeFor('fa').formatMonth('2021', 8)).toBe('اوت 2021');
    expect(localeFor('ar-SA').formatMonth('2021', 8)).toBe('أغسطس 2021');
    expect(localeFor('hi').formatMonth('2021', 8)).toMatch(/^\p{Script=Devanagari}.* 2021$/u);
  });

  it('follow the region where it changes the name, but never turn into a bare number', () => {
    expect(localeFor('de-AT').formatMonth('2021', 1)).toBe('Jän. 2021');
    expect(localeFor('pt-PT').formatMonth('2021', 9)).toMatch(/^\p{L}/u); // Intl's pt-PT pattern is "09/2021"
  });

  it('keep the year as written, so years before 1000 and 0099 are not moved to 1999', () => {
    expect(localeFor('en').formatMonth('0999', 3)).toBe('Mar 0999');
    expect(localeFor('zh').formatMonth('0099', 12)).toBe('0099年12月');
  });

  it('are written out for plain English exactly as Intl writes them, and regional English still comes from Intl', () => {
    const intl = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    const fromIntl = Array.from({ length: 12 }, (_, index) => intl.format(Date.UTC(2021, index, 15)));
    expect(months('en')).toEqual(fromIntl);
    expect(months('en-US')).toEqual(fromIntl);
    const british = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC', calendar: 'gregory' });
    expect(localeFor('en-GB').formatMonth('2021', 9)).toBe(british.format(Date.UTC(2021, 8, 15)));
  });

  it('show only the year for a month out of range', () => {
    expect(localeFor('de').formatMonth('2021', 13)).toBe('2021');
    expect(localeFor('de').formatMonth('2021', 0)).toBe('2021');
  });

  it.each(OTHER_LANGUAGES)('differ from English in %s', (tag) => {
    expect(months(tag)).not.toEqual(months('en'));
  });

  it('differ between languages, except the same characters of Chinese and Japanese', () => {
    const CJK = ['zh', 'zh-Hant', 'ja'];
    expect(new Set(CJK.map((tag) => months(tag).join('|'))).size).toBe(1);
    const others = SUPPORTED_LOCALES.filter((tag) => !CJK.includes(tag));
    expect(new Set([...others, 'zh'].map((tag) => months(tag).join('|'))).size).toBe(others.length + 1);
  });
});

describe('dates to the day', () => {
  it("are the locale's, Gregorian, with Latin digits", () => {
    expect(localeFor('en').formatDay('1995', 7, 15)).toBe('Jul 15, 1995');
    expect(localeFor('en-GB').formatDay('1995', 7, 15)).toBe('15 Jul 1995');
    expect(localeFor('de').formatDay('1995', 7, 15)).toBe('15. Juli 1995');
    expect(localeFor('ja').formatDay('1995', 7, 15)).toBe('1995年7月15日');
    expect(localeFor('fa').formatDay('1995', 7, 15)).toBe('15 ژوئیه 1995');
  });

  it('keep the year as written and have a 29 February in any year', () => {
    expect(localeFor('en').formatDay('0999', 3, 1)).toBe('Mar 1, 0999');
    expect(localeFor('de').formatDay('1996', 2, 29)).toBe('29. Feb. 1996');
  });

  it.each(SUPPORTED_LOCALES)('name the day and the year in %s', (tag) => {
    const text = localeFor(tag).formatDay('1995', 7, 15);
    expect(text).toContain('1995');
    expect(text).toMatch(/(?:^|\D)15(?:\D|$)/);
  });
});

describe('numbers', () => {
  it("are grouped the locale's way, in Latin digits", () => {
    expect(localeFor('en').formatNumber(12345)).toBe('12,345');
    expect(localeFor('de').formatNumber(12345)).toBe('12.345');
    expect(localeFor('fr').formatNumber(12345)).toBe('12\u202f345');
    expect(localeFor('hi').formatNumber(1234567)).toBe('12,34,567');
    expect(localeFor('fa').formatNumber(12345)).toMatch(/^12.345$/);
  });

  it.each(SUPPORTED_LOCALES)('below 1,000 are written in %s as Intl writes them', (tag) => {
    const intl = new Intl.NumberFormat(localeFor(tag).tag, { numberingSystem: 'latn', maximumFractionDigits: 0 });
    for (const n of [0, 7, 42, 999, 1000, 2.5, 999.6, -3]) expect([n, localeFor(tag).formatNumber(n)]).toEqual([n, intl.format(n)]);
  });

  it('are written out for plain English exactly as Intl writes them, and regional English still comes from Intl', () => {
    const intl = new Intl.NumberFormat('en', { numberingSystem: 'latn', maximumFractionDigits: 0 });
    const edges = [
      1000,
      9999,
      10000,
      123456,
      1234567,
      -1000,
      -987654321,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      1234.5,
      2 ** 60,
    ];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...edges), fc.maxSafeInteger(), fc.integer()), (n) => {
        expect(localeFor('en').formatNumber(n)).toBe(intl.format(n));
        expect(localeFor('en-US').formatNumber(n)).toBe(intl.format(n));
      }),
      { numRuns: 2000 },
    );
    expect(localeFor('en-IN').formatNumber(1234567)).toBe('12,34,567');
  });

  it('are empty, never NaN or Infinity, for what is not a finite number', () => {
    for (const value of [NaN, Infinity, -Infinity]) expect(localeFor('en').formatNumber(value)).toBe('');
  });

  it('fill {n} in a label', () => {
    const fill = (tag: string, label: 'citedBy' | 'andMore', n: number) =>
      fillNumber(localeFor(tag).labels[label], n, localeFor(tag).formatNumber);
    expect(fill('de', 'citedBy', 1234)).toBe('1.234-mal zitiert');
    expect(fill('en', 'andMore', 3)).toBe('and 3 more');
    expect(fill('ja', 'andMore', 12)).toBe('他12名');
    expect(fillNumber('{n} of {n}', 2, String)).toBe('2 of 2');
    expect(fillNumber('no placeholder', 2, String)).toBe('no placeholder');
  });
});
