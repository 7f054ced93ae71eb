import fc from 'fast-check';
import { kept, mapped } from '../src/arrays';

describe('mapped and kept', () => {
  it('give what map() and filter() give, with the same arguments passed', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.constant(null))), (items) => {
        const label = (item: unknown, index: number) => `${index}:${String(item)}`;
        expect(mapped(items, label)).toEqual(items.map(label));
        const keep = (item: unknown, index: number) => Boolean(item) && index % 3 !== 1;
        const result = kept(items, keep);
        expect(result).toEqual(items.filter(keep));
        // No holes are left after the last item kept.
        expect(Object.keys(result)).toHaveLength(result.length);
      }),
    );
  });

  it('return new arrays, never the one given', () => {
    const items = [1, 2, 3];
    expect(kept(items, () => true)).not.toBe(items);
    expect(mapped(items, (item) => item)).not.toBe(items);
  });

  it('narrow to the type a guard keeps', () => {
    const names: string[] = kept(['Ann', undefined, 'Bo'], (item): item is string => item !== undefined);
    expect(names).toEqual(['Ann', 'Bo']);
  });
});
