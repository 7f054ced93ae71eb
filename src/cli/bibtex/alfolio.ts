// al-folio's own BibTeX fields (https://github.com/alshedivat/al-folio): buttons for links, the
// short venue badge, "selected", awards and the abstract.
import type { Entry } from './library';
import { isSitePath, unescapeUrl, type Link } from './links';
import type { Problem } from './problems';
import { plainText, verbatimText } from './text';

/** Link fields in al-folio's button order, with their labels. */
const LINK_FIELDS: [field: string, label: string][] = [
  ['html', 'HTML'],
  ['pdf', 'PDF'],
  ['supp', 'Supp'],
  ['blog', 'Blog'],
  ['code', 'Code'],
  ['poster', 'Poster'],
  ['slides', 'Slides'],
  ['video', 'Video'],
  ['website', 'Website'],
];
// al-folio serves these from assets/pdf/ when they are file names.
const FILES_IN_ASSETS_PDF = new Set(['pdf', 'supp', 'poster', 'slides']);

const YES = /^(?:true|yes|1)$/i;

export interface AlFolioFields {
  /** `abbr`: the short venue, "NeurIPS 2022". */
  shortVenue: string;
  links: Link[];
  selected: boolean;
  award: string;
  /** `award` when `award_name` is the badge and `award` the longer text. */
  awardText: string;
  abstract: string;
  arxiv: string;
}

export function alFolioFields(entry: Entry, line: number, problems: Problem[]): AlFolioFields {
  const { fields } = entry;
  const links: Link[] = [];
  for (const [field, label] of LINK_FIELDS) {
    const url = unescapeUrl(verbatimText(fields[field]));
    if (!url) continue;
    links.push({ label, url });
    if (isSitePath(url)) {
      const where = FILES_IN_ASSETS_PDF.has(field) ? ' (al-folio serves it from assets/pdf/)' : '';
      const message = `${field} = {${url}} is a path on the al-folio site${where}: kept as the relative link "${url}"`;
      problems.push({ line, key: entry.key, severity: 'warning', message });
    }
  }
  const preview = verbatimText(fields.preview);
  if (preview) {
    problems.push({ line, key: entry.key, severity: 'note', message: `preview = {${preview}} ignored: the CV shows no preview images` });
  }
  const awardName = plainText(fields.award_name);
  const awardField = plainText(fields.award);
  const awardText = YES.test(awardField) ? '' : awardField;
  return {
    shortVenue: plainText(fields.abbr).replace(/[,;]\s*$/, ''),
    links,
    selected: YES.test(plainText(fields.selected)),
    award: awardName || awardText,
    awardText: awardName && awardText !== awardName ? awardText : '',
    abstract: plainText(fields.abstract),
    arxiv: unescapeUrl(verbatimText(fields.arxiv))
      .replace(/^(?:https?:\/\/arxiv\.org\/(?:abs|pdf)\/|arxiv:\s*)/i, '')
      .replace(/\.pdf$/i, ''),
  };
}
