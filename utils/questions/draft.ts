import type { Lang } from '../schema/analysis';
import { findQuestion } from './bank';

/** The frame of the message around the questions, in each language. */
const FRAME: Record<Lang, { greeting(name: string | null): string; opening: string; closing: string }> = {
  en: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    opening: 'Thank you for your offer. Before I confirm, could you tell me the following?',
    closing: 'Thank you, and I look forward to your reply.',
  },
  ja: {
    greeting: (name) => (name ? `${name}様` : 'ご担当者様'),
    opening:
      'このたびはご依頼いただき、誠にありがとうございます。\nお引き受けする前に、以下の点についてご教示いただけますでしょうか。',
    closing: 'お手数ですが、ご確認のほどよろしくお願いいたします。',
  },
};

/** A name worth greeting: a person's or company's, not a handle, an address or a page's whole header. */
function greetable(name: string | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (!trimmed || trimmed.length > 40 || /[@/\n]|https?:/.test(trimmed)) return null;
  // A Japanese name that already carries an honorific keeps it.
  return trimmed.replace(/\s*(?:様|さま|殿)$/, '');
}

/**
 * The message to the client from the ticked questions: thanks, "before I confirm, could you tell me",
 * the questions numbered, a polite close. Empty when nothing is ticked.
 */
export function buildDraft(ids: readonly string[], lang: Lang, clientName?: string): string {
  const questions = ids.map((id) => findQuestion(id)?.question[lang]).filter((q): q is string => Boolean(q));
  if (questions.length === 0) return '';
  const frame = FRAME[lang];
  const list = questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
  return [frame.greeting(greetable(clientName)), '', frame.opening, '', list, '', frame.closing].join('\n');
}
