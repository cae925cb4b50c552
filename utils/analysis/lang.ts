import type { Lang } from '../schema/analysis';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/g;
const LATIN = /[A-Za-z]/g;

/**
 * The offer's language. Japanese posts are full of English tech names, so a modest share of kana/kanji
 * among letters already means Japanese.
 */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 20_000);
  const ja = sample.match(JAPANESE)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (ja === 0) return 'en';
  // A kanji/kana character carries about as much as a short English word.
  return ja * 3 >= latin * 0.5 ? 'ja' : 'en';
}
