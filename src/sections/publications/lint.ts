// What a reader of the publication list would notice and the schema cannot see.
import type { ModelContext } from '../../model/context';
import type { LintReport } from '../descriptor';
import type { PublicationsView } from './view';
import { isArxivId, isDoi } from '../../model/identifiers';
import { fieldName } from '../../model/pointers';

const NEEDS_VENUE = /\b(?:accepted|published|to appear|in press|forthcoming)\b/i;

/** Titles compared without case, accents, punctuation or spacing. */
export function titleKey(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function lintPublications(view: PublicationsView, report: LintReport, ctx: ModelContext): void {
  const firstWithTitle = new Map<string, string>();
  for (const pub of view.groups.flatMap((group) => group.items)) {
    const at = pub.at;
    if (at === undefined) continue;
    if (ctx.ownerNames.length && pub.authors.length && !pub.authors.some((author) => author.isOwner)) {
      report(`${at}/authors`, `Your name (${ctx.ownerNames.join(' / ')}) is not in this paper's authors, so it cannot be shown in bold: add the spelling used here to meta.themeOptions.nameVariants.`);
    }
    if (NEEDS_VENUE.test(pub.status) && !pub.venue && !pub.publisher) {
      report(`${at}/venue`, `This paper is "${pub.status}" but has no venue (or publisher): say where it appears.`);
    }
    const key = titleKey(pub.title);
    const first = firstWithTitle.get(key);
    if (key && first !== undefined) report(`${at}/name`, `Same title as ${fieldName(first)}: "${pub.title}" is listed twice.`);
    else if (key) firstWithTitle.set(key, at);
    if (pub.doi && !isDoi(pub.doi)) report(`${at}/doi`, `"${pub.doi}" is not a DOI: a DOI looks like 10.1145/3368089.3409740.`);
    if (pub.arxiv && !isArxivId(pub.arxiv)) {
      report(`${at}/arxiv`, `"${pub.arxiv}" is not an arXiv identifier: it looks like 2310.11511 (or hep-th/9901001 for papers before 2007).`);
    }
  }
}
