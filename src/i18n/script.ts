// Which script a resume is written in, to tell a person whose CV is in Russian or Persian but who set
// no language that the page will come out with English headings and lang="en" (see model/language).
import { latinLanguage } from './latinLanguage';

// Values that are not prose in any language: addresses, identifiers, dates, grouping keys.
const SKIPPED_KEYS = new Set([
  'meta',
  '$schema',
  'url',
  'email',
  'phone',
  'image',
  'doi',
  'arxiv',
  'username',
  'countryCode',
  'postalCode',
  'startDate',
  'endDate',
  'date',
  'releaseDate',
  'type',
  'selected',
]);
// Tags and web addresses in text ("<a href=\"https://…\">") are Latin letters in any language: left out.
// No `<` inside a tag, and a scheme of 32 characters at most: each match attempt stops early, where
// `<[^>]*>` read to the end of the text from every `<` ("<a<a<a…": 20 kB took 0.7 s).
const MARKUP = /<|:\/\//;
const TAGS_AND_ADDRESSES = /<[^<>]*>|\b[a-z][a-z\d+.-]{0,31}:\/\/[^\s<>"]*/gi;
// Enough text to judge by; a long CV is not read to the end.
const MAX_CHARACTERS = 20_000;

type ScriptName =
  | 'Latin'
  | 'Han'
  | 'Kana'
  | 'Hangul'
  | 'Cyrillic'
  | 'Arabic'
  | 'Hebrew'
  | 'Devanagari'
  | 'Greek'
  | 'Thai'
  | 'Bengali'
  | 'Tamil'
  | 'Georgian'
  | 'Armenian';

/** A Chinese, Japanese or Korean character carries about as much as three Latin letters. */
const CJK = new Set<ScriptName>(['Han', 'Kana', 'Hangul']);
const CJK_WEIGHT = 3;
/** At least this much weighted text in one script before saying anything. */
const MIN_WEIGHT = 20;

const LANGUAGE_OF_SCRIPT: Partial<Record<ScriptName, string>> = {
  Hebrew: 'he',
  Devanagari: 'hi',
  Greek: 'el',
  Thai: 'th',
  Bengali: 'bn',
  Tamil: 'ta',
  Georgian: 'ka',
  Armenian: 'hy',
};

export interface ScriptGuess {
  /** What the text is written in, as people say it: "Cyrillic", "Chinese characters", "German". */
  script: string;
  /** The likeliest language tag for that text. */
  language: string;
}

/**
 * How deep the text is looked for: as deep as the model reads (model/read's MAX_NESTING, which this
 * layer may not import); a value nested thousands of levels would overflow the stack.
 */
const MAX_NESTING = 32;

function collectText(value: unknown, into: string[], budget: { left: number }, depth = 0): void {
  if (budget.left <= 0 || depth > MAX_NESTING) return;
  if (typeof value === 'string') {
    const text = MARKUP.test(value) ? value.replace(TAGS_AND_ADDRESSES, ' ') : value;
    into.push(text);
    budget.left -= text.length;
  } else if (Array.isArray(value)) {
    for (const item of value) collectText(item, into, budget, depth + 1);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) if (!SKIPPED_KEYS.has(key)) collectText(item, into, budget, depth + 1);
  }
}

// One pattern per script, each run over the text once: a single pattern of named alternatives builds a
// match object per letter, which made validate() of a short CV take 20 ms.
const LETTERS: [ScriptName, RegExp][] = [
  ['Latin', /\p{Script=Latin}/gu],
  ['Han', /\p{Script=Han}/gu],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hangul', /\p{Script=Hangul}/gu],
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Thai', /\p{Script=Thai}/gu],
  ['Bengali', /\p{Script=Bengali}/gu],
  ['Tamil', /\p{Script=Tamil}/gu],
  ['Georgian', /\p{Script=Georgian}/gu],
  ['Armenian', /\p{Script=Armenian}/gu],
];
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function countScripts(text: string): Map<ScriptName, number> {
  const counts = new Map<ScriptName, number>();
  // Most CVs are plain ASCII: Latin letters and nothing else.
  if (ASCII_ONLY.test(text)) {
    counts.set('Latin', text.match(/[A-Za-z]/g)?.length ?? 0);
    return counts;
  }
  for (const [name, pattern] of LETTERS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count) counts.set(name, count);
  }
  return counts;
}

function guessLanguage(script: ScriptName | 'CJK', counts: Map<ScriptName, number>, text: string): ScriptGuess {
  const count = (name: ScriptName) => counts.get(name) ?? 0;
  switch (script) {
    case 'CJK':
      if (count('Hangul') >= count('Kana') && count('Hangul') > 0) return { script: 'Hangul', language: 'ko' };
      if (count('Kana') > 0) return { script: 'Japanese kana and kanji', language: 'ja' };
      return { script: 'Chinese characters', language: 'zh' };
    case 'Cyrillic':
      return { script, language: /[іїєґІЇЄҐ]/.test(text) ? 'uk' : 'ru' };
    case 'Arabic':
      // Letters Urdu has and Persian lacks (ٹ ڈ ڑ ں ے), then letters Persian has and Arabic lacks (پ چ ژ گ ک ی).
      if (/[\u0679\u0688\u0691\u06BA\u06D2]/.test(text)) return { script, language: 'ur' };
      return { script, language: /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/.test(text) ? 'fa' : 'ar' };
    default:
      return { script, language: LANGUAGE_OF_SCRIPT[script] ?? 'en' };
  }
}

/** The script most of a resume's text is in, or its language when in Latin letters, when that is clearly not English; undefined otherwise. */
export function dominantScript(resume: unknown): ScriptGuess | undefined {
  const parts: string[] = [];
  collectText(resume, parts, { left: MAX_CHARACTERS });
  const text = parts.join(' ');
  const counts = countScripts(text);
  const weights = new Map<ScriptName | 'CJK', number>();
  let total = 0;
  for (const [name, count] of counts) {
    const key = CJK.has(name) ? 'CJK' : name;
    const weight = CJK.has(name) ? count * CJK_WEIGHT : count;
    weights.set(key, (weights.get(key) ?? 0) + weight);
    total += weight;
  }
  let top: [ScriptName | 'CJK', number] | undefined;
  for (const entry of weights) if (!top || entry[1] > top[1]) top = entry;
  if (!top || top[1] < MIN_WEIGHT || top[1] * 2 < total) return undefined;
  return top[0] === 'Latin' ? latinLanguage(text) : guessLanguage(top[0], counts, text);
}
