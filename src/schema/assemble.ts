// The research extension's schema: the static part (extension.schema.json: theme options, $schema)
// and each section's fragment from its descriptor, with the section keys and phrase keys filled in.
// Run by the build (src/schema/compile.mjs), never at render time.
import { en } from '../i18n/locales/en';
import { DEFAULT_ORDER, SECTIONS } from '../sections/registry';
import type { JsonSchema } from '../sections/descriptor';
import staticPart from './extension.schema.json';

/**
 * A research section's list, or lists of its entries in named groups (`{ "invitedTalks": [ … ] }`),
 * as jsoncv writes a professor's sections. The list is a definition that both forms refer to, so
 * the compiled validator checks its entries with one function.
 */
function groupable(schema: { definitions: Record<string, JsonSchema> }, key: string, list: JsonSchema): JsonSchema {
  const { description, ...entries } = list;
  schema.definitions[key] = entries;
  const ref = { $ref: `#/definitions/${key}` };
  return {
    description: `${String(description)} Or groups of them by name, each shown under its name: { "invitedTalks": [ … ], "outreach": [ … ] }.`,
    anyOf: [ref, { type: 'object', additionalProperties: ref }],
  };
}

export function extensionSchema(): JsonSchema {
  const schema = structuredClone(staticPart) as JsonSchema & {
    properties: Record<string, JsonSchema>;
    definitions: Record<string, JsonSchema>;
  };
  for (const section of SECTIONS) {
    schema.properties[section.key] = section.grouped && section.extension ? groupable(schema, section.key, section.schema) : section.schema;
    for (const alias of section.aliases ?? []) {
      schema.properties[alias] = { ...schema.properties[section.key], description: `Read into ${section.key} (the same fields).` };
    }
  }
  const phrases = Object.entries(en)
    .filter(([, value]) => typeof value === 'string')
    .map(([key]) => key);
  const sectionName = schema.definitions.sectionName as JsonSchema;
  sectionName.examples = DEFAULT_ORDER;
  const themeOptions = ((schema.properties.meta as JsonSchema).properties as Record<string, JsonSchema>).themeOptions as JsonSchema;
  const labels = (themeOptions.properties as Record<string, JsonSchema>).labels as JsonSchema;
  labels.properties = Object.fromEntries([
    ...DEFAULT_ORDER.map((key) => [key, { type: 'string', description: `The heading of ${key}.` }]),
    ...phrases.map((key) => [key, { type: 'string', description: `Instead of "${String(en[key as keyof typeof en])}".` }]),
  ]);
  return schema;
}
