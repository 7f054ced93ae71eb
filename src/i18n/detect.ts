// The language a resume says it is written in, for when no `locale` option is given.
import { languageTag } from './tags';
import { isObject } from '../model/read';

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

/**
 * The first language tag among meta.themeOptions.locale, meta.locale, meta.language and a top-level
 * `language` ("language": "de" is common in real files), canonical ("pt_br" → "pt-BR"); else undefined.
 * A value that is not a tag ("German") is passed over.
 */
export function localeFromResume(resume: unknown): string | undefined {
  const meta = field(resume, 'meta');
  const candidates = [field(field(meta, 'themeOptions'), 'locale'), field(meta, 'locale'), field(meta, 'language'), field(resume, 'language')];
  for (const candidate of candidates) {
    const tag = languageTag(candidate);
    if (tag) return tag;
  }
  return undefined;
}
