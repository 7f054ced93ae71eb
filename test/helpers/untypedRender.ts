// render() as JavaScript hosts call it: with any value. Its TypeScript signature asks for a `Resume`;
// the tests that import this one check that it is total on everything else too.
import { render as typedRender, type ThemeOptions } from '../../index';

export const render = typedRender as (resume: unknown, options?: ThemeOptions) => string;
