// Schema pieces several sections use (plain JSON Schema data, merged into schema.json by the build).
import type { JsonSchema } from './descriptor';

/** A date as the standard schema writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE: JsonSchema = { $ref: '#/definitions/iso8601' };

export function text(description: string, examples?: string[]): JsonSchema {
  return examples ? { type: 'string', description, examples } : { type: 'string', description };
}

export function textList(description: string): JsonSchema {
  return { type: 'array', description, items: { type: 'string' } };
}

export const URL: JsonSchema = { type: 'string', description: 'A web address (https://…), or a relative one.', format: 'uri-reference' };

export function links(description = 'Extra links: PDF, Slides, Video, Code, Post.'): JsonSchema {
  return {
    type: 'array',
    description,
    items: {
      type: 'object',
      properties: { label: text('e.g. Slides'), url: { ...URL, description: 'e.g. https://example.org/slides.pdf' } },
    },
  };
}

export const SUMMARY = text('A short description; inline markdown (*em*, **strong**, `code`, [text](url)).');
export const HIGHLIGHTS = textList('Bullet points; inline markdown.');

/** The schema of a research section: a list of entries with these fields. */
export function entryList(description: string, properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'array', description, items: { type: 'object', additionalProperties: true, properties } };
}
