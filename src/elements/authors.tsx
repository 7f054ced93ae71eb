import type { ComponentChild } from 'preact';
import type { AuthorView } from '../model/types';

/** Authors in order, the resume's owner in bold; marks such as `*` follow the name. */
export function authorList(authors: AuthorView[]) {
  if (!authors.length) return null;
  // One flat list of children rather than a fragment per author: papers list many authors.
  const children: ComponentChild[] = [];
  authors.forEach((author, index) => {
    if (index > 0) children.push(', ');
    children.push(author.isOwner ? <strong class="owner">{author.name}</strong> : author.name);
    if (author.marks) children.push(<sup>{author.marks}</sup>);
  });
  // Isolated in the direction of the names as written: Latin names in a right-to-left page keep
  // their order and their marks, while the line stays aligned with the page.
  return <p class="authors"><bdi>{children}</bdi></p>;
}
