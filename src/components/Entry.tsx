import type { ComponentChildren } from 'preact';

interface EntryProps {
  title: ComponentChildren;
  /** Right-aligned: the dates (dateRange or dateText), or null when there are none. */
  when?: ComponentChildren;
  children?: ComponentChildren;
  /** 4 inside a section whose items are grouped under h3 headings. */
  level?: 3 | 4;
}

/** One item of a section: a bold title with its dates on the right, then the body. */
export function Entry({ title, when, children, level = 3 }: EntryProps) {
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <li class="entry">
      <div class="entry-head">
        {title ? <Heading class="entry-title">{title}</Heading> : null}
        {when ? <span class="entry-when">{when}</span> : null}
      </div>
      {children}
    </li>
  );
}

export function EntryList({ children }: { children: ComponentChildren }) {
  return <ul class="entries">{children}</ul>;
}
