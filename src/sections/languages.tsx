import type { ModelContext } from '../model/context';
import type { RichText } from '../model/types';
import { prose } from '../elements/richText';
import { checkRepeated, rich } from '../model/fields';
import { firstStr, joinParts, str, stringsOf, type JsonObject } from '../model/read';
import { listSection } from './descriptor';
import { mapped } from '../arrays';

export interface LanguageView {
  language: string;
  fluency: string;
  /** Tests taken, as written: "TOEFL 109, GRE 325". */
  certificates: string[];
  /** A sentence on the language (jsoncv's `summary`). */
  summary: RichText;
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
    if (typeof entry === 'string') return { language: entry, fluency: '', certificates: [], summary: [] };
    const item = {
      language: firstStr(entry, ['language', 'name']),
      fluency: fluencyOf(entry, ctx),
      certificates: stringsOf(entry, ['certificate', 'certificates', 'certification', 'certifications']),
      summary: rich(entry.summary),
    };
    return item.language || item.fluency || item.certificates.length || item.summary.length ? item : undefined;
  },
  Component: ({ view }) => (
    <dl class="pairs">
      {mapped(view, (item, index) => (
        <div key={index}>
          <dt>{item.language}</dt>
          <dd>
            {joinParts([item.fluency, item.certificates.join(', ')], ' · ')}
            {prose(item.summary, 'pair-note')}
          </dd>
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
