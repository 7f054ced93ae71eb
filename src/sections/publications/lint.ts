// What a reader of the publication list would notice and the schema cannot see.
import type { ModelContext } from '../../model/context';
import type { LintReport } from '../descriptor';
import type { PublicationView, PublicationsView } from './view';
import { isArxivId, isDoi, notADoi, titleKey } from '../../model/identifiers';
import { nameLookup } from '../../model/names';
import { isOwnerAuthor, nameOf } from './authors';
import { fieldName, pointerOf } from '../../model/pointers';
import { mapped } from '../../arrays';

const NEEDS_VENUE = /\b(?:accepted|published|to appear|in press|forthcoming)\b/i;

function optionPointer(...keys: string[]): string {
  return pointerOf(['meta', 'themeOptions', ...keys]);
}

/** The publication options that depend on the resume: maxAuthors needs the owner's name, coauthors names and URLs. */
function lintOptions(papers: PublicationView[], report: LintReport, ctx: ModelContext): void {
  const { maxAuthors, coauthors } = ctx.options;
  if (maxAuthors && !ctx.ownerNames.length && papers.some((pub) => pub.authors.length > maxAuthors)) {
    report(
      optionPointer('maxAuthors'),
      `Author lists longer than ${maxAuthors} names are cut, and the theme does not know your name, so it cannot keep it in them: set basics.name (and meta.themeOptions.nameVariants for other spellings).`,
    );
  }
  if (!coauthors.length) return;
  const coauthorOf = nameLookup(mapped(coauthors, (person) => ({ name: person.name, value: person.name })));
  const listed = new Set<string>();
  for (const pub of papers) for (const author of pub.authors) listed.add(coauthorOf(nameOf(author)) ?? '');
  for (const { name, url, href } of coauthors) {
    if (!href)
      report(
        optionPointer('coauthors', name),
        `"${url}" is not shown as a link: only http(s), mailto and tel links, and relative ones, are.`,
      );
    else if (!listed.has(name))
      report(
        optionPointer('coauthors', name),
        `No paper shown lists "${name}" among its authors, so this link is not used: check the spelling against the author lists.`,
      );
  }
}

export function lintPublications(view: PublicationsView, report: LintReport, ctx: ModelContext): void {
  const firstWithTitle = new Map<string, string>();
  // validate() builds every paper with the list (ListedPaper.view): the rules read them as built.
  const papers = view.groups.flatMap((group) => group.items.flatMap((paper) => paper.view ?? []));
  lintOptions(papers, report, ctx);
  for (const pub of papers) {
    const at = pub.at;
    if (at === undefined) continue;
    if (ctx.ownerNames.length && pub.authors.length && !pub.authors.some(isOwnerAuthor)) {
      report(
        `${at}/authors`,
        `Your name (${ctx.ownerNames.join(' / ')}) is not in this paper's authors, so it cannot be shown in bold: add the spelling used here to meta.themeOptions.nameVariants.`,
      );
    }
    if (NEEDS_VENUE.test(pub.status) && !pub.venue && !pub.publisher) {
      report(`${at}/venue`, `This paper is "${pub.status}" but has no venue (or publisher): say where it appears.`);
    }
    const key = titleKey(pub.title);
    const first = firstWithTitle.get(key);
    if (key && first !== undefined) report(`${at}/name`, `Same title as ${fieldName(first)}: "${pub.title}" is listed twice.`);
    else if (key) firstWithTitle.set(key, at);
    if (pub.doi && !isDoi(pub.doi)) report(`${at}/doi`, notADoi(pub.doi));
    if (pub.arxiv && !isArxivId(pub.arxiv)) {
      report(
        `${at}/arxiv`,
        `"${pub.arxiv}" is not an arXiv identifier: it looks like 2310.11511 (or hep-th/9901001 for papers before 2007).`,
      );
    }
  }
}
