// Where the repository is, for tests that read its files or run its built package.
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
