// The layout every entry shares, as functions returning elements: a section's per-item function
// calls entry(), so an entry costs the renderer no component instance at all.
import type { ComponentChildren } from 'preact';
import { flatEntry } from '../jsxSlots';

export interface EntryHead {
  title: ComponentChildren;
  /** Right-aligned: the dates (dateRange or dateText), or null when there are none. */
  when?: ComponentChildren;
  /** A short status or kind after the title: "Invited", "Awarded". */
  badge?: string;
  /** 4 inside a section whose items are grouped under h3 headings, or for a role inside an entry. */
  level?: 3 | 4;
}

/** Isolated in its own direction: an English paper title in a Persian CV keeps its "?" at the end. */
function entryTitle(title: ComponentChildren, level: 3 | 4) {
  return level === 4 ? (
    <h4 class="entry-title">
      <bdi>{title}</bdi>
    </h4>
  ) : (
    <h3 class="entry-title">
      <bdi>{title}</bdi>
    </h3>
  );
}

/** One item of a section: a bold title with its dates on the right, then the body. */
export function entry({ title, when, badge, level = 3 }: EntryHead, ...body: ComponentChildren[]) {
  return flatEntry(
    <li class="entry">
      {title || badge || when ? (
        <div class="entry-head">
          {title ? entryTitle(title, level) : null}
          {badge ? <span class="badge">{badge}</span> : null}
          {when ? <span class="entry-when">{when}</span> : null}
        </div>
      ) : null}
      {body}
    </li>,
  );
}

export function entryList(entries: ComponentChildren, className = 'entries') {
  return <ul class={className}>{entries}</ul>;
}
