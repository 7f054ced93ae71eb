// A resume with every field of schema.json present once (one item per list), each string field
// filled by a function of its path: for putting one payload in every field at once.
import schema from '../../../schema.json';
import { typeVariants, type SchemaNode } from './arbitraries';

const ROOT = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

export type Filler = (keys: string[], node: SchemaNode) => unknown;

function fill(node: SchemaNode, keys: string[], value: Filler): unknown {
  const resolved = node.$ref ? { ...ROOT.definitions[node.$ref.replace('#/definitions/', '')], $ref: node.$ref } : node;
  // Of several types, the first: a list of authors, each a name.
  const shaped = typeVariants(resolved)[0] as SchemaNode;
  if (shaped.type === 'object' && shaped.properties) {
    return Object.fromEntries(Object.entries(shaped.properties).map(([key, child]) => [key, fill(child, [...keys, key], value)]));
  }
  if (shaped.type === 'array' && shaped.items) return [fill(shaped.items, [...keys, '0'], value)];
  return value(keys, shaped);
}

export function filledResume(value: Filler): Record<string, unknown> {
  return fill({ type: 'object', properties: ROOT.properties }, [], value) as Record<string, unknown>;
}
