// LaTeX commands the BibTeX parser does not know: the AAS journal macros that ADS exports use
// (journal = {\apj}) become their abbreviations; formatting commands are dropped and their
// argument kept; any other command is kept as its name, and reported.

/** AASTeX's aas_macros.sty (as ADS documents them): macro → journal abbreviation. */
export const AAS_JOURNALS: Record<string, string> = {
  aj: 'AJ',
  actaa: 'Acta Astron.',
  araa: 'ARA&A',
  apj: 'ApJ',
  apjl: 'ApJL',
  apjs: 'ApJS',
  ao: 'Appl. Opt.',
  apss: 'Ap&SS',
  aap: 'A&A',
  aapr: 'A&A Rev.',
  aaps: 'A&AS',
  azh: 'AZh',
  baas: 'BAAS',
  bac: 'Bull. Astron. Inst. Czechoslovakia',
  caa: 'Chinese Astron. Astrophys.',
  cjaa: 'Chinese J. Astron. Astrophys.',
  icarus: 'Icarus',
  jcap: 'J. Cosmology Astropart. Phys.',
  jrasc: 'JRASC',
  memras: 'MmRAS',
  mnras: 'MNRAS',
  na: 'New Astron.',
  nar: 'New Astron. Rev.',
  pra: 'Phys. Rev. A',
  prb: 'Phys. Rev. B',
  prc: 'Phys. Rev. C',
  prd: 'Phys. Rev. D',
  pre: 'Phys. Rev. E',
  prl: 'Phys. Rev. Lett.',
  pasa: 'PASA',
  pasp: 'PASP',
  pasj: 'PASJ',
  psj: 'PSJ',
  rmxaa: 'Rev. Mexicana Astron. Astrofis.',
  qjras: 'QJRAS',
  skytel: 'S&T',
  solphys: 'Sol. Phys.',
  sovast: 'Soviet Ast.',
  ssr: 'Space Sci. Rev.',
  zap: 'ZAp',
  nat: 'Nature',
  iaucirc: 'IAU Circ.',
  aplett: 'Astrophys. Lett.',
  apspr: 'Astrophys. Space Phys. Res.',
  bain: 'Bull. Astron. Inst. Netherlands',
  fcp: 'Fund. Cosmic Phys.',
  gca: 'Geochim. Cosmochim. Acta',
  grl: 'Geophys. Res. Lett.',
  jcp: 'J. Chem. Phys.',
  jgr: 'J. Geophys. Res.',
  jqsrt: 'J. Quant. Spectrosc. Radiat. Transfer',
  memsai: 'Mem. Soc. Astron. Italiana',
  nphysa: 'Nucl. Phys. A',
  physrep: 'Phys. Rep.',
  physscr: 'Phys. Scr.',
  planss: 'Planet. Space Sci.',
  procspie: 'Proc. SPIE',
  astap: 'A&A',
  apjlett: 'ApJL',
  apjsupp: 'ApJS',
  applopt: 'Appl. Opt.',
};

/** Commands that only change how text looks (their argument, if any, follows as plain text). */
const FORMATTING = new Set([
  'uline',
  'underline',
  'textnormal',
  'textmd',
  'textsf',
  'textup',
  'textsl',
  'sffamily',
  'rmfamily',
  'ttfamily',
  'mdseries',
  'bfseries',
  'itshape',
  'upshape',
  'normalfont',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'mathcal',
  'mathnormal',
  'boldsymbol',
  'bm',
  'tiny',
  'scriptsize',
  'footnotesize',
  'small',
  'normalsize',
  'large',
  'Large',
  'LARGE',
  'huge',
  'Huge',
  'xspace',
  'protect',
  'noindent',
  'nolinkurl',
  'hl',
  'sout',
  'st',
  'mathbb',
  'mathfrak',
  'mathscr',
  'mathrm',
  'operatorname',
  'displaystyle',
  'textstyle',
]);

/** Commands that print their own name: math operators and TeX logos. */
const NAMED = new Set([
  'log',
  'ln',
  'lg',
  'exp',
  'sin',
  'cos',
  'tan',
  'cot',
  'sinh',
  'cosh',
  'tanh',
  'arcsin',
  'arccos',
  'arctan',
  'max',
  'min',
  'sup',
  'inf',
  'lim',
  'liminf',
  'limsup',
  'det',
  'dim',
  'ker',
  'deg',
  'arg',
  'gcd',
  'hom',
  'Pr',
  'mod',
  'bmod',
  'TeX',
  'BibTeX',
  'XeTeX',
  'LuaTeX',
  'pdfTeX',
]);

/** Commands that print something else than their name. */
const SYMBOLS: Record<string, string> = { LaTeXe: 'LaTeX2e', ' ': ' ', '|': '‖', '/': '', '@': '' };

export interface UnknownCommand {
  /** The entry being read, or "" for @string and @preamble. */
  key: string;
  name: string;
  /** Written with an argument (`\\caps{omg}`): the argument is kept, the command dropped. */
  withArgument: boolean;
}

/**
 * Text for a command the parser does not know; unknown commands are recorded. `withArgument`: the
 * command is written with a braced argument, which the parser keeps as text after it.
 */
export function commandText(name: string, key: string, withArgument: boolean, unknown: UnknownCommand[]): string {
  const journal = AAS_JOURNALS[name];
  if (journal !== undefined) return journal;
  if (NAMED.has(name)) return name;
  const symbol = SYMBOLS[name];
  if (symbol !== undefined) return symbol;
  if (FORMATTING.has(name)) return '';
  unknown.push({ key, name, withArgument });
  return withArgument ? '' : name;
}
