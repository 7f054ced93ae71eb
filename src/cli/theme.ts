// The theme as the package ships it. The CLI build resolves this import to ./index.cjs next to
// dist/cli.cjs (see scripts/build.mjs), so the CLI and `require('jsonresume-theme-scholar')`
// run the very same render and validate code.
export { render, validate } from '../../index';
export type { Problem } from '../../index';
