import type { LinkView, RichText } from '../model/types';
import { rich, urlOf } from '../model/fields';
import { parseInlineMarkdown } from '../model/markdown';
import { firstStr, joinParts, str } from '../model/read';
import { mailto } from '../model/url';
import { richText } from '../elements/richText';
import { safeLink } from '../elements/safeLink';
import { listSection } from './descriptor';
import { text } from './schemaParts';
import { mapped } from '../arrays';

export interface ReferenceView {
  name: string;
  /** The referee's page, linked from their name. */
  href?: string;
  /** Where the referee works, as academic CVs give it: "DataLab, National University of Colombia". */
  affiliation: string;
  email?: LinkView;
  reference: RichText;
}

const AFFILIATION = ['affiliation', 'university', 'institution', 'organization', 'company'];

/** "— Name, Lab, University · email": who gives the reference, each part when it is written. */
function referee(item: ReferenceView) {
  return (
    <p class="entry-meta">
      — {item.name ? safeLink(item.href, item.name) : item.affiliation}
      {item.name && item.affiliation ? `, ${item.affiliation}` : null}
      {item.email && (item.name || item.affiliation) ? ' · ' : null}
      {item.email ? safeLink(item.email.href, item.email.label) : null}
    </p>
  );
}

export const references = listSection({
  key: 'references',
  item: (entry, ctx): ReferenceView | undefined => {
    if (typeof entry === 'string') return { name: '', affiliation: '', reference: parseInlineMarkdown(entry) };
    const email = str(entry.email);
    const item: ReferenceView = {
      name: str(entry.name),
      href: urlOf(entry, ctx).href,
      affiliation: joinParts([firstStr(entry, ['position', 'title']), str(entry.lab), firstStr(entry, AFFILIATION)]),
      reference: rich(entry.reference),
    };
    if (email) item.email = { label: email, href: mailto(email) };
    return item.name || item.reference.length || item.affiliation || item.email ? item : undefined;
  },
  Component: ({ view }) => (
    <ul class="entries">
      {mapped(view, (item, index) => (
        <li class="entry" key={index}>
          {item.reference.length ? <blockquote class="reference">{richText(item.reference)}</blockquote> : null}
          {item.name || item.affiliation || item.email ? referee(item) : null}
        </li>
      ))}
    </ul>
  ),
  schema: {
    items: {
      properties: {
        position: text("The referee's position.", ['Professor of Physics']),
        affiliation: text('Where the referee works.', ['National University of Colombia']),
        email: { type: 'string', description: "The referee's email address, shown as a link.", format: 'email' },
      },
    },
  },
});
