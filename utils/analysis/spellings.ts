// What prepareText (./text.ts) rewrites before any rule reads a text: spellings and typos that hide a
// word the rules know, and markup left in scraped or pasted text.

// Typos and spellings that hide a word the rules know; each is replaced as a whole.
export const SPELLINGS: [RegExp, string][] = [
  [/whats[\s-]+app|what['’]s-?app\b/gi, 'WhatsApp'],
  [/tele[\s-]gram/gi, 'Telegram'],
  [/non[\s-]+disclosure/gi, 'non-disclosure'],
  [/nondisclosure/gi, 'non-disclosure'],
  [/work[\s-]+for[\s-]+hire/gi, 'work for hire'],
  [/work[\s-]+made[\s-]+for[\s-]+hire/gi, 'work made for hire'],
  [/tele[\s-]?commut/gi, 'telecommut'],
];

// Markup left in scraped or pasted text: paragraph tags break lines, other tags go, entities decode.
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&#x2F;': '/',
  '&#47;': '/',
  '&nbsp;': ' ',
};
export const MARKUP: [RegExp, (m: string) => string][] = [
  [/<\/?(?:p|br|li|div|h[1-6])\b[^<>]{0,200}>/gi, () => '\n'],
  [/<\/?(?:a|b|i|em|strong|span|code|ul|ol)\b[^<>]{0,300}>/gi, () => ''],
  [/&(?:amp|lt|gt|quot|nbsp|#x27|#39|#x2F|#47);/gi, (m) => ENTITIES[m] ?? ENTITIES[m.toLowerCase()] ?? m],
];
