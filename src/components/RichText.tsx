import type { Inline, RichText as RichTextValue } from '../model/types';

function InlineNode({ node }: { node: Inline }) {
  switch (node.kind) {
    case 'text':
      return <>{node.text}</>;
    case 'code':
      return <code>{node.text}</code>;
    case 'break':
      return <br />;
    case 'em':
      return <em><RichText value={node.children} /></em>;
    case 'strong':
      return <strong><RichText value={node.children} /></strong>;
    case 'del':
      return <del><RichText value={node.children} /></del>;
    case 'link':
      return <a href={node.href}><RichText value={node.children} /></a>;
  }
}

/** Inline markdown from the view model, as elements (never as raw HTML). */
export function RichText({ value }: { value: RichTextValue }) {
  // Most prose is plain text: it needs no element per node (fewer allocations on long resumes).
  const [only] = value;
  if (value.length === 1 && only?.kind === 'text') return <>{only.text}</>;
  return <>{value.map((node, index) => <InlineNode key={index} node={node} />)}</>;
}

/** A paragraph of rich text, or nothing when it is empty. */
export function Prose({ value, class: className }: { value: RichTextValue; class?: string }) {
  if (!value.length) return null;
  return <p class={className}><RichText value={value} /></p>;
}
