import { render } from './src/render';
import { validate } from './src/schema/validate';

export { render, validate };
export type { Problem } from './src/schema/validate';
export type { ThemeOptions } from './src/model/options';
export type * from './src/model/types';

/**
 * PDF options read by resume-cli and resumed: print media, so the print stylesheet applies, and the
 * page's own `@page` size (from the `paper` option) over the host's default paper.
 */
export const pdfRenderOptions = { mediaType: 'print', printBackground: true, preferCSSPageSize: true } as const;

// For hosts that call `mod.default.render(resume)` (the JSON Resume registry, among others).
export default { render, pdfRenderOptions, validate };
