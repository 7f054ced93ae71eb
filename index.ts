import { render as renderAnything } from './src/render';
import { validate as validateAnything, type Problem } from './src/schema/validate';
import type { ThemeOptions } from './src/model/options';
import type { Resume } from './src/generated/resume';

export type { Problem, Resume, ThemeOptions };

/**
 * Renders a JSON Resume document to one self-contained HTML page. Synchronous, reads nothing from
 * disk or network. Typed as a `Resume`, but total at run time: what has the wrong type is skipped.
 */
export const render: (resume: Resume, options?: ThemeOptions) => string = renderAnything;

/**
 * Everything wrong with a resume, each problem at its JSON pointer: schema errors, then research
 * warnings. Takes anything, since its job is to check data not yet known to be a `Resume`.
 */
export const validate: {
  (resume: Resume): Problem[];
  (resume: unknown): Problem[];
} = validateAnything;

/**
 * PDF options read by resume-cli and resumed: print media, so the print stylesheet applies, and the
 * page's own `@page` size (from the `paper` option) over the host's default paper.
 */
export const pdfRenderOptions = { mediaType: 'print', printBackground: true, preferCSSPageSize: true } as const;

// For hosts that call `mod.default.render(resume)` (the JSON Resume registry, among others).
export default { render, pdfRenderOptions, validate };
