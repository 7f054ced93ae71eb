// Reading a .bib file with @retorquere/bibtex-parser: LaTeX decoded to Unicode, titles kept as written.
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { CliError } from '../errors';

export type { Creator, Entry };

const POSITION = /\s*at line (\d+), column (\d+)/;

function describeError(source: string, error: string): string {
  const position = POSITION.exec(error);
  if (!position) return `${source}: ${error}`;
  return `${source}:${position[1]}:${position[2]}: ${error.replace(POSITION, '')}`;
}

/** Parses BibTeX; any syntax error fails the whole import, so no paper is silently dropped. */
export function parseBibtex(text: string, source: string): Entry[] {
  const library = parse(text, {
    // No sentence-casing: a CV shows titles exactly as the author wrote them.
    english: false,
    sentenceCase: false,
    caseProtection: false,
    unsupported: 'ignore',
    applyCrossRef: true,
  });
  const [first, ...rest] = library.errors;
  if (first) {
    const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? 'error' : 'errors'})` : '';
    throw new CliError(describeError(source, first.error) + more);
  }
  // Entries that only lend fields to others through crossref (the proceedings volume) are not papers.
  const entries = library.entries.filter((entry) => !entry.crossref?.donated.length);
  if (!entries.length) throw new CliError(`${source}: no BibTeX entries found`);
  return entries;
}
