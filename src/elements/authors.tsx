import type { ComponentChild } from 'preact';
import type { AuthorGap, AuthorView } from '../model/types';

function authorName(author: AuthorView): ComponentChild {
  const name = author.href ? <a href={author.href}>{author.name}</a> : author.name;
  return author.isOwner ? <strong class="owner">{name}</strong> : name;
}

/**
 * Authors in order, the resume's owner in bold, co-authors with a page as links; marks such as `*`
 * follow the name; a shortened list shows its gaps ("…", "… and 4 more").
 */
export function authorList(authors: readonly (AuthorView | AuthorGap)[]) {
  if (!authors.length) return null;
  // One flat list of children rather than a fragment per author: papers list many authors.
  const children: ComponentChild[] = [];
  authors.forEach((author, index) => {
    if (index > 0) children.push(', ');
    if ('gap' in author) {
      children.push(author.gap);
      return;
    }
    children.push(authorName(author));
    if (author.marks) children.push(<sup>{author.marks}</sup>);
  });
  // Isolated in the direction of the names as written: Latin names in a right-to-left page keep
  // their order and their marks, while the line stays aligned with the page.
  return (
    <p class="authors">
      <bdi>{children}</bdi>
    </p>
  );
}
