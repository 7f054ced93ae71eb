import { field, firstStr } from '../../src/model/read';
import { SECTIONS, SECTION_BY_KEY } from '../../src/sections/registry';

describe('field', () => {
  it('reads the fields an object has of its own, whatever their value', () => {
    expect(field({ title: 'A', year: 2020 }, 'year')).toBe(2020);
    expect(field({ title: null }, 'title')).toBeNull();
    expect(field({ title: 'A' }, 'venue')).toBeUndefined();
  });

  it('reads nothing an object inherits', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(field({}, name)).toBeUndefined();
    const inherits = Object.create({ title: 'inherited' }) as Record<string, unknown>;
    expect(field(inherits, 'title')).toBeUndefined();
    expect(firstStr(inherits, ['title', 'name'])).toBe('');
  });

  it('reads a field JSON names __proto__, which is an own field of the parsed object', () => {
    const parsed = JSON.parse('{"__proto__": "x", "title": "T"}') as Record<string, unknown>;
    expect(field(parsed, '__proto__')).toBe('x');
    expect(field(parsed, 'title')).toBe('T');
  });
});

describe('section descriptors', () => {
  it('all have one shape, so that the code reading them meets one', () => {
    const shapes = new Set(Object.values(SECTION_BY_KEY).map((descriptor) => Object.keys(descriptor).join()));
    expect(shapes.size).toBe(1);
  });

  it('keep every field their section declares', () => {
    for (const section of SECTIONS) {
      const uniform: Record<string, unknown> = { ...SECTION_BY_KEY[section.key] };
      for (const [key, value] of Object.entries(section)) expect(uniform[key]).toBe(value);
    }
  });
});
