// Rich text from the view model as Preact elements, never as raw HTML (text the model found free of
// characters to escape is written as it is: the escaping would leave it unchanged). Functions rather
// than components: prose is most of a long CV, and each component costs the renderer an instance.
import type { ComponentChild, ComponentChildren } from 'preact';
import type { Inline, RichText as RichTextValue } from '../model/types';
import { safeText } from '../jsxSlots';
import { mapped } from '../arrays';

/** A text node: as it is when the model found nothing in it to escape, else text for the renderer to escape. */
function textChild(node: Extract<Inline, { kind: 'text' }>): ComponentChild {
  return node.htmlSafe ? safeText(node.text) : node.text;
}

function inlineElement(node: Inline): ComponentChild {
  switch (node.kind) {
    case 'text':
      return textChild(node);
    case 'code':
      return <code>{node.text}</code>;
    case 'break':
      return <br />;
    case 'em':
      return <em>{richText(node.children)}</em>;
    case 'strong':
      return <strong>{richText(node.children)}</strong>;
    case 'del':
      return <del>{richText(node.children)}</del>;
    case 'i':
      return <i>{richText(node.children)}</i>;
    case 'b':
      return <b>{richText(node.children)}</b>;
    case 'u':
      return <u>{richText(node.children)}</u>;
    case 'sub':
      return <sub>{richText(node.children)}</sub>;
    case 'sup':
      return <sup>{richText(node.children)}</sup>;
    case 'link':
      return <a href={node.href}>{richText(node.children)}</a>;
  }
}

export function richText(value: RichTextValue): ComponentChildren {
  const [only] = value;
  return value.length === 1 && only?.kind === 'text' ? textChild(only) : mapped(value, inlineElement);
}

/** A paragraph of rich text, or null when it is empty. */
export function prose(value: RichTextValue, className: string) {
  if (!value.length) return null;
  return <p class={className}>{richText(value)}</p>;
}
