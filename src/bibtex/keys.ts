// Citation keys as people write them: first author's family name, year, first word of the title
// ("wu2024thinking"). The same list always gives the same keys; papers that would share one get
// a, b, c in list order.
import type { BibRecord } from './record';
import { withoutTitleTags } from '../model/titleTags';
import { kept, mapped } from '../arrays';

const SKIPPED_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'at', 'by', 'from', 'towards', 'toward']);

/** Lower-case ASCII letters and digits only: keys must survive every BibTeX tool. */
function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function familyName(author: string): string {
  const comma = author.indexOf(',');
  if (comma >= 0) return author.slice(0, comma);
  const words = author.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function titleWord(title: string): string {
  for (const word of withoutTitleTags(title).split(/[\s\-–—:/]+/)) {
    const part = keyPart(word);
    if (part && !SKIPPED_WORDS.has(part)) return part;
  }
  return '';
}

function baseKey(record: BibRecord): string {
  const author = record.authors.find((name) => !/^(?:et\.? al\.?|others)$/i.test(name)) ?? '';
  // Without a date, a new-style arXiv id tells the year it was posted (2410.10630: 2024).
  const year =
    /\d{4}/.exec(record.date)?.[0] ?? (/^(\d{2})(?:0[1-9]|1[0-2])\.\d{4,5}/.exec(record.arxiv) ? `20${record.arxiv.slice(0, 2)}` : '');
  return `${keyPart(familyName(author)) || 'anon'}${year}${titleWord(record.title)}`;
}

function letters(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : letters(Math.floor(index / 26) - 1) + letter;
}

/** One key per record, unique across the list. */
export function citationKeys(records: BibRecord[]): string[] {
  const bases = mapped(records, baseKey);
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const used = new Set(kept(bases, (base) => counts.get(base) === 1));
  const next = new Map<string, number>();
  return mapped(bases, (base) => {
    if (counts.get(base) === 1) return base;
    let index = next.get(base) ?? 0;
    let key = base + letters(index);
    while (used.has(key)) key = base + letters(++index);
    next.set(base, index + 1);
    used.add(key);
    return key;
  });
}
