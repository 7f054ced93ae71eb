import { render } from './src/render';

export { render };
export { validate, type Problem } from './src/schema/validate';
export type { ThemeOptions } from './src/model/options';
export type * from './src/model/types';

/** PDF options read by resume-cli and resumed: print media, so the print stylesheet applies. */
export const pdfRenderOptions = { mediaType: 'print', printBackground: true } as const;

export default { render, pdfRenderOptions };
