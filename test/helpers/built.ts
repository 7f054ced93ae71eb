// The theme as `npm run build` wrote it to dist/, loaded the way resume-cli loads a theme (require).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './paths';

export const BUILT_CJS = join(ROOT, 'dist/index.cjs');

interface BuiltTheme {
  render: (resume: unknown, options?: object) => string;
}

export function builtTheme(): BuiltTheme {
  return createRequire(__filename)(BUILT_CJS) as BuiltTheme;
}
