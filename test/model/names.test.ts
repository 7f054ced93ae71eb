import fc from 'fast-check';
import { nameMatcher, nameWords, splitAuthorMarks } from '../../src/model/names';

describe('owner matching', () => {
  const isOwner = nameMatcher(['Tianhao Wu']);

  it.each(['Tianhao Wu', 'tianhao wu', 'T. Wu', 'T Wu', 'Wu, Tianhao', 'Wu, T.', '  Tianhao   Wu '])('matches %j', (name) => {
    expect(isOwner(name)).toBe(true);
  });

  it.each(['Tianle Wu', 'Vincent Wu', 'Tianhao Zhu', 'Wu', 'T. X. Wu', ''])('does not match %j', (name) => {
    expect(isOwner(name)).toBe(false);
  });

  it('ignores accents and case on both sides', () => {
    const matches = nameMatcher(['José Álvarez']);
    expect(matches('Jose Alvarez')).toBe(true);
    expect(matches('J. ÁLVAREZ')).toBe(true);
    expect(matches('José Alvares')).toBe(false);
  });

  it('accepts a middle name left out or given as an initial', () => {
    const matches = nameMatcher(['Simon S. Du']);
    expect(matches('Simon Du')).toBe(true);
    expect(matches('S. S. Du')).toBe(true);
    expect(matches('Simon Shaolei Du')).toBe(false);
  });

  it('matches a name written with or without its generational suffix (carlosdenner-….json)', () => {
    const matches = nameMatcher(['Carlos Denner dos Santos Júnior']);
    expect(matches('Carlos Denner dos Santos')).toBe(true);
    expect(matches('C. D. dos Santos Junior')).toBe(true);
    expect(matches('Carlos Denner dos Santos Neto')).toBe(false);
    expect(nameMatcher(['John Smith'])('John Smith Jr.')).toBe(true);
    // A suffix needs two words besides it: "Neto" alone is a family name.
    expect(nameMatcher(['Ana Neto'])('Ana Silva')).toBe(false);
  });

  it('matches the initials of a hyphenated given name (francoispierrepaty-….json: "F-P. Paty")', () => {
    const matches = nameMatcher(['François-Pierre Paty']);
    expect(matches('F-P. Paty')).toBe(true);
    expect(matches('F. Paty')).toBe(true);
    expect(matches('F-J. Paty')).toBe(false);
    expect(matches('F-P-X. Paty')).toBe(false);
  });

  it('matches a compound family name joined by a hyphen on one side only (phydev-….json: "M. Moreira-Soares")', () => {
    const matches = nameMatcher(['Maurício Moreira Soares']);
    expect(matches('M. Moreira-Soares')).toBe(true);
    expect(matches('Mauricio Moreira-Soares')).toBe(true);
    expect(matches('A. Moreira-Soares')).toBe(false);
    expect(nameMatcher(['Ana Garcia-Marquez'])('A. Garcia Marquez')).toBe(true);
    // Read as the name written with a space, whose last word is the family name.
    expect(nameMatcher(['Ana Garcia-Marquez'])('A. Garcia')).toBe(false);
  });

  // Names in ASCII are ruled out early by a string search for the family names; a name with a
  // combining mark (which the comparison strips) is compared in full, so the two must always agree.
  it('gives the same answer as a full comparison, for names written in any case, order and punctuation', () => {
    const word = fc.constantFrom(
      'tianhao',
      'Wu',
      'T.',
      'wu',
      'WU',
      'Jose',
      'José',
      'Álvarez',
      'alvarez',
      'Li',
      'Xu-Wu',
      "O'Wu",
      'Du',
      'S.',
      'Jr.',
      'F-P.',
      'Filho',
      'Moreira',
      'Moreira-Soares',
      'Soares',
      'M.',
    );
    const written = fc.tuple(fc.array(word, { minLength: 0, maxLength: 4 }), fc.constantFrom(' ', ', ', '  ', ' - ', '*'));
    const name = written.map(([words, separator]) => words.join(separator));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 3 }), name, (owners, author) => {
        const isOwner = nameMatcher(owners);
        const comparedInFull = isOwner(`${author}\u0301`);
        expect(isOwner(author)).toBe(comparedInFull);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches name variants', () => {
    const matches = nameMatcher(['Tianhao Wu', 'Wu Tianhao']);
    expect(matches('Wu Tianhao')).toBe(true);
  });

  it('splits trailing equal-contribution and corresponding marks', () => {
    expect(splitAuthorMarks('Jane Doe*')).toEqual({ name: 'Jane Doe', marks: '*' });
    expect(splitAuthorMarks('Jane Doe*†')).toEqual({ name: 'Jane Doe', marks: '*†' });
    expect(splitAuthorMarks('Jane Doe')).toEqual({ name: 'Jane Doe', marks: '' });
    expect(splitAuthorMarks('Jane Doe #§')).toEqual({ name: 'Jane Doe', marks: '#§' });
    expect(splitAuthorMarks('Jane *Doe')).toEqual({ name: 'Jane *Doe', marks: '' });
    expect(splitAuthorMarks('*')).toEqual({ name: '', marks: '*' });
    expect(splitAuthorMarks('')).toEqual({ name: '', marks: '' });
  });
});

describe('the words of a name', () => {
  // What nameWords() computes for every name, without its shortcuts for ASCII and Latin scripts.
  const wordsInFull = (name: string): string[] => {
    const commaIndex = name.indexOf(',');
    const ordered = commaIndex >= 0 ? `${name.slice(commaIndex + 1)} ${name.slice(0, commaIndex)}` : name;
    const words =
      ordered
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .match(/[\p{L}\p{N}-]+/gu) ?? [];
    const family = words[words.length - 1];
    return family?.includes('-') ? [...words.slice(0, -1), ...family.split('-').filter(Boolean)] : words;
  };
  const range = (from: number, to: number): string[] =>
    Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index));
  const latin = [...range(0x80, 0x36f), ...range(0x2000, 0x206f)];

  it('folds accents, ligatures and punctuation of Latin scripts', () => {
    expect(nameWords('A. Meyer‐Franke')).toEqual(['a', 'meyer', 'franke']);
    expect(nameWords('Žukauskas, Dž. Ĳsbrand')).toEqual(['dz', 'ijsbrand', 'zukauskas']);
    expect(nameWords('Ørsted Łukasz Straße')).toEqual(['ørsted', 'łukasz', 'straße']);
    expect(nameWords('Anne-Marie Müller-Lüdenscheidt')).toEqual(['anne-marie', 'muller', 'ludenscheidt']);
    expect(nameWords('Jose\u0301 A\u0301lvarez')).toEqual(['jose', 'alvarez']);
  });

  it('folds each character of Latin scripts as the whole name is folded', () => {
    const differing = latin.filter((char) => {
      const name = `Ab${char}c ${char}`;
      return JSON.stringify(nameWords(name)) !== JSON.stringify(wordsInFull(name));
    });
    expect(differing).toEqual([]);
  });

  it('gives the words of a full fold for any name, in any script', () => {
    const others = ['Σ', 'ς', 'ά', 'Д', 'ﬁ', 'Ａ', '李', '가', '😀', '\u20dd', '\u3000'];
    const char = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...range(0x20, 0x7e)) },
      { weight: 3, arbitrary: fc.constantFrom(...latin) },
      { weight: 1, arbitrary: fc.constantFrom(...others) },
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const name = chars.join('');
        expect(nameWords(name)).toEqual(wordsInFull(name));
      }),
      { numRuns: 20000 },
    );
  });
});
