// The research extension's schema: the static part (extension.schema.json: theme options, $schema)
// and each section's fragment from its descriptor, with the section keys and phrase keys filled in.
// Run by the build (src/schema/compile.mjs), never at render time.
import { en } from '../i18n/locales/en';
import { DEFAULT_ORDER, SECTIONS } from '../sections/registry';
import type { JsonSchema } from '../sections/descriptor';
import staticPart from './extension.schema.json';

export function extensionSchema(): JsonSchema {
  const schema = structuredClone(staticPart) as JsonSchema & {
    properties: Record<string, JsonSchema>;
    definitions: Record<string, JsonSchema>;
  };
  for (const section of SECTIONS) {
    schema.properties[section.key] = section.schema;
    for (const alias of section.aliases ?? []) {
      schema.properties[alias] = { ...section.schema, description: `Read into ${section.key} (the same fields).` };
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
