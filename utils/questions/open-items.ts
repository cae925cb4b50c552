import { suggestChecklist } from '../analysis/checklist';
import type { Certainty, Evidence, OfferAnalysis } from '../schema/analysis';
import type { Checklist, FlagAnswer } from '../schema/checklist';
import type { OfferCapture } from '../schema/offer';
import { type FlagState, QUESTIONS, type QuestionEntry, type Trigger } from './bank';

/** An item the offer leaves open, with the question to ask and the quotes that raised it. */
export interface OpenItem {
  id: string;
  entry: QuestionEntry;
  evidence: Evidence[];
}

// A written payment date or term: 月末締め翌月末払い, "paid within 30 days", "net 30", milestones.
const PAYMENT_TERM = new RegExp(
  [
    /(?:お?支払い?|振込|振り込み|入金)[^。\n]{0,24}(?:日|月末|翌月|以内|毎月|毎週|週)/.source,
    /月末締め|[0-9０-９]+日締め|翌月末|翌月[0-9０-９]+日/.source,
    /\bnet\s?\d{1,3}\b/.source,
    /\bpaid (?:weekly|monthly|bi-?weekly|within|on|upon|after|every|at)\b/.source,
    /\bpayments? (?:(?:is|will be) (?:made|due|sent) )?(?:within|on|upon|after|every|weekly|monthly|terms|schedule)\b/
      .source,
    /\binvoices?[^.\n]{0,30}\b(?:within|days)\b/.source,
    /\bmilestones?\b|マイルストーン/.source,
  ].join('|'),
  'i',
);

function flagState(answer: FlagAnswer | undefined): FlagState | null {
  if (!answer) return 'silent';
  if (answer.value) return 'raised';
  // The user (or the text, with a plain no) settled it.
  if (answer.source === 'user' || answer.certainty === 'stated') return null;
  return answer.certainty === 'likely' ? 'likely' : 'silent';
}

function openByCertainty(
  answer: { source: string; certainty: Certainty } | undefined,
  open: readonly Certainty[],
): boolean {
  return answer !== undefined && answer.source !== 'user' && open.includes(answer.certainty);
}

function isOpen(
  trigger: Trigger,
  analysis: OfferAnalysis,
  capture: Pick<OfferCapture, 'text'>,
  checklist: Checklist,
): Evidence[] | null {
  if ('flag' in trigger) {
    const answer = checklist.liability[trigger.flag];
    const state = flagState(answer);
    if (state === 'silent' && trigger.mentioned?.test(capture.text)) return null;
    return state && trigger.when.includes(state) ? (answer?.evidence ?? []) : null;
  }
  if ('answer' in trigger) {
    const open: readonly Certainty[] = trigger.open;
    switch (trigger.answer) {
      case 'budget':
        return open.includes(analysis.certainty.budget) ? [] : null;
      case 'remote': {
        const remote = checklist.remote;
        const unknown = remote.source !== 'user' && remote.value.mode === 'unknown';
        return unknown || openByCertainty(remote, open) ? remote.evidence : null;
      }
      case 'skills':
        return openByCertainty(checklist.skillMatch, open) ? [] : null;
      case 'intermediary': {
        // On a marketplace the platform stands between: there is no agency to ask about.
        const answer = checklist.intermediary;
        const asked = openByCertainty(answer, open) && answer?.value !== 'platform';
        return asked ? (answer?.evidence ?? []) : null;
      }
    }
  }
  // A fixed-price job is timed by its deadline; paid by the hour, day or month, the hours are the pay.
  if ('hours' in trigger) return checklist.remote.value.hours === null && analysis.budget?.unit !== 'fixed' ? [] : null;
  if ('tie' in trigger) return trigger.tie.includes(checklist.communityTie.value) ? [] : null;
  // An escrow that pays on approval answers "when"; otherwise the text has to.
  const late = flagState(checklist.liability.latePayment) === 'raised';
  return !late && analysis.platformEscrow !== true && !PAYMENT_TERM.test(capture.text) ? [] : null;
}

/**
 * The items an offer leaves open, in the bank's order: answers only likely or not stated, flags whose
 * terms are unclear, a payment date nobody wrote. Reads the checklist as the user sees it (answers the
 * user set are settled), the engine's suggestion when none is given.
 */
export function openItems(
  analysis: OfferAnalysis,
  capture: Pick<OfferCapture, 'text'>,
  checklist: Checklist = suggestChecklist(analysis),
): OpenItem[] {
  const out: OpenItem[] = [];
  for (const entry of QUESTIONS) {
    const evidence = isOpen(entry.trigger, analysis, capture, checklist);
    if (evidence) out.push({ id: entry.id, entry, evidence });
  }
  return out;
}
