// The one place that calls @retorquere/bibtex-parser: LaTeX decoded to Unicode, titles kept as written.
import { parse, type Creator, type Entry, type Library } from '@retorquere/bibtex-parser';
import { AAS_JOURNALS, commandText, type UnknownCommand } from './macros';

export type { Creator, Entry, Library };

// al-folio's link fields hold URLs and file names: read verbatim, like url and doi.
const VERBATIM_FIELDS = ['arxiv', 'code', 'slides', 'poster', 'video', 'blog', 'website', 'html', 'supp', 'preview'];

interface LatexNode {
  type: string;
  content?: unknown;
}

/** Parses BibTeX; commands the parser does not know are added to `unknown`. */
export function readLibrary(text: string, unknown: UnknownCommand[] = []): Library {
  return parse(text, {
    // No sentence-casing: a CV shows titles exactly as the author wrote them. (With English
    // sentence-casing on, even "{\"U}ber" is lower-cased, since a group that starts with a
    // command is not case-protected.)
    english: false,
    sentenceCase: false,
    caseProtection: false,
    applyCrossRef: true,
    verbatimFields: VERBATIM_FIELDS,
    // `journal = apj` with no @string for it: the AAS journal names as @strings too (a file's own win).
    strings: AAS_JOURNALS,
    unsupported: (node: LatexNode, tex: string, entry?: Entry) => {
      const key = entry?.key ?? '';
      if (node.type === 'macro' && typeof node.content === 'string') {
        const withArgument = new RegExp(`\\\\${node.content.replace(/\W/g, '\\$&')}\\s*\\{(?!})`).test(entry?.input ?? '');
        return commandText(node.content, key, withArgument, unknown);
      }
      // An environment or other construct: its text, without the markup.
      unknown.push({ key, name: tex, withArgument: false });
      return tex.replace(/\\[A-Za-z]+|[{}]/g, '');
    },
  });
}

/** Reads one field's value as the parser reads it in entry `key`; undefined if it does not parse. */
export function readField(name: string, value: string, key: string, unknown: UnknownCommand[] = []): Entry['fields'] | undefined {
  const library = readLibrary(`@misc{${key},\n  ${name} = {${value}}\n}`, unknown);
  return library.errors.length ? undefined : library.entries[0]?.fields;
}

/** The entries with their LaTeX as written (names split at "and", nothing decoded). */
export function readRawLibrary(text: string): Library {
  return parse(text, { raw: true, applyCrossRef: false });
}
