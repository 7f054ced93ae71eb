import baseCss from './theme.css';
import type { ResolvedOptions } from '../model/options';

/** The page's stylesheet: the theme's CSS (inlined at build time) plus what the options change. */
export function stylesheet(options: Pick<ResolvedOptions, 'accentColor' | 'paper'>): string {
  let css = baseCss;
  // accentColor has passed a strict colour pattern in resolveOptions, so it cannot end the rule.
  if (options.accentColor) css += `:root{--accent-base:${options.accentColor}}`;
  if (options.paper) css += `@page{size:${options.paper === 'a4' ? 'A4' : 'letter'}}`;
  return css;
}
