// Merging imported publications into a resume's list: every existing entry and every hand-written
// field is kept; a match only gains the fields it lacks.
import { identityOf, sameWork, type Identity, type MatchReason } from './identity';
import type { Publication } from './toPublication';
import { isObject } from '../../model/read';
import { withoutTitleTags } from '../../model/titleTags';

type Existing = Record<string, unknown>;

type Edit = { kind: 'add'; publication: Publication } | { kind: 'set'; index: number; field: string; value: unknown };

export interface ReportLine {
  outcome: 'added' | 'updated' | 'unchanged';
  title: string;
  /** How it matched an entry, and which one: the resume's or an earlier one in the same .bib. */
  match?: { reason: MatchReason; inResume: boolean };
  filled?: string[];
}

export interface MergeResult {
  publications: Existing[];
  edits: Edit[];
  report: ReportLine[];
}

// Fields that say the same thing: if the resume has either, neither is filled in.
const SYNONYMS: Record<string, string[]> = {
  name: ['name', 'title'],
  venue: ['venue', 'publisher'],
  publisher: ['venue', 'publisher'],
  releaseDate: ['releaseDate', 'date'],
};

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function missingFields(existing: Existing, imported: Publication): string[] {
  return Object.keys(imported).filter((field) => (SYNONYMS[field] ?? [field]).every((name) => isBlank(existing[name])));
}

export function mergePublications(current: unknown[], imported: Publication[]): MergeResult {
  const publications = current.map((item) => (isObject(item) ? { ...item } : item)) as Existing[];
  // Worked out once per entry (and again when an entry gains fields): a .bib can hold thousands.
  const identities: (Identity | undefined)[] = publications.map((item) => (isObject(item) ? identityOf(item) : undefined));
  const fromResume = current.length;
  const edits: Edit[] = [];
  const report: ReportLine[] = [];

  for (const publication of imported) {
    const title = withoutTitleTags(String(publication.name ?? '(untitled)'));
    const identity = identityOf(publication);
    let index = -1;
    let reason: MatchReason | undefined;
    for (const [at, candidate] of identities.entries()) {
      reason = candidate ? sameWork(identity, candidate) : undefined;
      if (reason) {
        index = at;
        break;
      }
    }
    const target = publications[index];
    if (!reason || !target) {
      publications.push({ ...publication });
      identities.push(identity);
      edits.push({ kind: 'add', publication });
      report.push({ outcome: 'added', title });
      continue;
    }
    const filled = missingFields(target, publication);
    for (const field of filled) {
      target[field] = publication[field];
      edits.push({ kind: 'set', index, field, value: publication[field] });
    }
    if (filled.length) identities[index] = identityOf(target);
    const match = { reason, inResume: index < fromResume };
    const shownTitle = withoutTitleTags(String(target.name ?? target.title ?? title));
    report.push({ outcome: filled.length ? 'updated' : 'unchanged', title: shownTitle, match, filled });
  }
  return { publications, edits, report };
}
