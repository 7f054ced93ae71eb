import type { ModelContext } from '../model/context';
import { checkRepeated } from '../model/fields';
import { firstStr, joinParts, str, stringsOf, type JsonObject } from '../model/read';
import { listSection } from './descriptor';

export interface LanguageView {
  language: string;
  fluency: string;
  /** Tests taken, as written: "TOEFL 109, GRE 325". */
  certificates: string[];
}

/** `{ name, level }` is a common way of writing `{ language, fluency }`; some write both. */
function fluencyOf(entry: JsonObject, ctx: ModelContext): string {
  const fluency = str(entry.fluency);
  if (!fluency) return str(entry.level);
  if (ctx.lint) checkRepeated(entry, 'level', 'fluency', fluency, ctx);
  return fluency;
}

export const languages = listSection({
  key: 'languages',
  item: (entry, ctx): LanguageView | undefined => {
    if (typeof entry === 'string') return { language: entry, fluency: '', certificates: [] };
    const item = {
      language: firstStr(entry, ['language', 'name']),
      fluency: fluencyOf(entry, ctx),
      certificates: stringsOf(entry, ['certificate', 'certificates', 'certification', 'certifications']),
    };
    return item.language || item.fluency || item.certificates.length ? item : undefined;
  },
  Component: ({ view }) => (
    <dl class="pairs">
      {view.map((item, index) => (
        <div key={index}>
          <dt>{item.language}</dt>
          <dd>{joinParts([item.fluency, item.certificates.join(', ')], ' · ')}</dd>
        </div>
      ))}
    </dl>
  ),
  schema: {
    items: {
      properties: {
        certificates: { type: 'array', description: 'Language tests taken, e.g. TOEFL 109.', items: { type: 'string' } },
      },
    },
  },
});
