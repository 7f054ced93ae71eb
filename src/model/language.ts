// The language a resume says it is written in, for when no `locale` option is given, and the warning
// for a resume clearly written in another script that names none.
import { dominantScript, languageTag } from '../i18n';
import { obj } from './read';

/**
 * The first language tag among meta.themeOptions.locale, meta.locale, meta.language and a top-level
 * `language` ("language": "de" is common in real files), canonical ("pt_br" → "pt-BR"); else undefined.
 * A value that is not a tag ("German") is passed over.
 */
export function localeFromResume(resume: unknown): string | undefined {
  const meta = obj(obj(resume).meta);
  const candidates = [obj(meta.themeOptions).locale, meta.locale, meta.language, obj(resume).language];
  for (const candidate of candidates) {
    const tag = languageTag(candidate);
    if (tag) return tag;
  }
  return undefined;
}

/**
 * A warning for validate(): the text is clearly in a non-Latin script but the resume names no
 * language, so headings and month names come out in English and the page says lang="en".
 */
export function missingLocaleMessage(resume: unknown): string | undefined {
  if (localeFromResume(resume)) return undefined;
  const guess = dominantScript(resume);
  if (!guess) return undefined;
  return (
    `Most of the text is in ${guess.script} but the resume names no language, so headings and month names are in English ` +
    `and the page is marked as English: set meta.themeOptions.locale (or a top-level "language") to a language tag, such as "${guess.language}".`
  );
}
