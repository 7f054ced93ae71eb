import { Fragment } from 'preact';
import type { AuthorView } from '../model/types';

/** Authors in order, the resume's owner in bold; marks such as `*` follow the name. */
export function AuthorList({ authors }: { authors: AuthorView[] }) {
  if (!authors.length) return null;
  return (
    <p class="authors">
      {authors.map((author, index) => (
        <Fragment key={index}>
          {index > 0 ? ', ' : null}
          {author.isOwner ? <strong class="owner">{author.name}</strong> : author.name}
          {author.marks ? <sup>{author.marks}</sup> : null}
        </Fragment>
      ))}
    </p>
  );
}
