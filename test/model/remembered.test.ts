import { remembered } from '../../src/remembered';

describe('remembered', () => {
  it('computes each text once, undefined answers included', () => {
    const asked: string[] = [];
    const lengthOf = remembered((text) => {
      asked.push(text);
      return text === 'none' ? undefined : text.length;
    });
    expect([lengthOf('ab'), lengthOf('none'), lengthOf('ab'), lengthOf('none'), lengthOf('abc')]).toEqual([2, undefined, 2, undefined, 3]);
    expect(asked).toEqual(['ab', 'none', 'abc']);
  });

  it('with a limit, forgets everything when full instead of growing', () => {
    const asked: string[] = [];
    const same = remembered((text) => {
      asked.push(text);
      return text;
    }, 2);
    ['a', 'b', 'a', 'c', 'a'].forEach(same);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
