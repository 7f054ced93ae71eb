import type { ComponentChild } from 'preact';
import type { Author, AuthorGap, AuthorView } from '../model/types';

function authorName(author: AuthorView): ComponentChild {
  const name = author.href ? <a href={author.href}>{author.name}</a> : author.name;
  return author.isOwner ? <strong class="owner">{name}</strong> : name;
}

/**
 * Authors in order, the resume's owner in bold, co-authors with a page as links; marks such as `*`
 * follow the name; a shortened list shows its gaps ("…", "… and 4 more").
 */
export function authorList(authors: readonly (Author | AuthorGap)[]) {
  if (!authors.length) return null;
  // Plain names and their commas are joined into one text: papers list many authors, and each child
  // costs the renderer a test for characters to escape.
  const children: ComponentChild[] = [];
  let text = '';
  const endText = () => {
    if (text) children.push(text);
    text = '';
  };
  authors.forEach((author, index) => {
    if (index > 0) text += ', ';
    if (typeof author === 'string') {
      text += author;
      return;
    }
    if ('gap' in author) {
      text += author.gap;
      return;
    }
    if (author.href || author.isOwner) {
      endText();
      children.push(authorName(author));
    } else text += author.name;
    if (author.marks) {
      endText();
      children.push(<sup>{author.marks}</sup>);
    }
  });
  endText();
  // Isolated in the direction of the names as written: Latin names in a right-to-left page keep
  // their order and their marks, while the line stays aligned with the page.
  return (
    <p class="authors">
      <bdi>{children}</bdi>
    </p>
  );
}
