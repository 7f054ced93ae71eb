// Which language a resume in Latin letters is written in, to tell a person whose CV is in German or
// French but who set no language that the page will have English headings and lang="en". Told by
// the small words every sentence has ("und", "pour", "para"), each of which belongs to one language
// here. A trained identifier (franc-min) would add 175 kB (56 kB gzipped) to the bundle for one
// warning; these lists add under 2 kB, and a CV in its own language has dozens of such words.
import type { ScriptGuess } from './script';

/** Per language: its name in English, and small words of it (space-separated). */
const SMALL_WORDS: Record<string, [name: string, words: string]> = {
  en: ['English', 'the and of with for from to at on my is was this which'],
  de: ['German', 'und der die das mit für von auf des ich ist im zur zum bei eine einer sowie'],
  fr: ['French', 'et les des du pour avec dans sur une au aux est je par ainsi'],
  es: ['Spanish', 'y el los las del al sus más también como entre fue'],
  it: ['Italian', 'il della delle degli dei nel nella gli che sono anche alla alle'],
  pt: ['Portuguese', 'os dos das em com um uma não ao pelo pela foi'],
  nl: ['Dutch', 'het een van voor met zijn ik aan bij naar ook wordt werd'],
  sv: ['Swedish', 'och av för på att ett som är till jag från'],
  pl: ['Polish', 'się jest oraz dla że jak przez który która'],
  cs: ['Czech', 'je pro jako že ve také který která jsem'],
  tr: ['Turkish', 've bir bu ile için olarak çok daha gibi'],
  vi: ['Vietnamese', 'và của các là trong có cho với được những một'],
  id: ['Indonesian', 'dan yang di untuk dengan dari ini pada dalam sebagai adalah'],
};

/** Which languages a small word belongs to. */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [language, [, words]] of Object.entries(SMALL_WORDS)) {
  for (const word of words.split(' ')) LANGUAGES_OF_WORD.set(word, [...(LANGUAGES_OF_WORD.get(word) ?? []), language]);
}

/** At least this many small words of the language, and twice as many as of any other. */
const MIN_WORDS = 10;

/** The language of text in Latin letters when it is clearly one other than English; undefined otherwise. */
export function latinLanguage(text: string): ScriptGuess | undefined {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of LANGUAGES_OF_WORD.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[0] === 'en' || top[1] < MIN_WORDS || (second && top[1] < 2 * second[1])) return undefined;
  return { script: SMALL_WORDS[top[0]]?.[0] ?? top[0], language: top[0] };
}
