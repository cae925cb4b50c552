import { type RefObject, useEffect, useRef, useState } from 'react';
import type { DecisionStatus, DeclineReason } from '@/utils/schema/decision';
import { DeclineReasons } from './DeclineReasons';
import { useT } from './i18n-context';
import { KeyboardHelp, type KeyRow } from './KeyboardHelp';
import { hasModifier, isTypingTarget } from './keyboard';

/** Letters that move the focus to a decision control; Enter or Space then presses it. */
const DECISION_KEYS: readonly KeyRow[] = [
  { keys: ['a'], label: 'key.accept' },
  { keys: ['d'], label: 'key.decline' },
  { keys: ['h'], label: 'key.hold' },
  { keys: ['f'], label: 'key.followUp' },
  { keys: ['Enter', 'Space'], label: 'key.press' },
  { keys: ['?'], label: 'key.help' },
];

interface Props {
  note: string;
  followUpAt: string;
  reasons: readonly DeclineReason[];
  /** The reasons shown are the checklist's suggestion, not yet touched by the user. */
  reasonsSuggested?: boolean;
  busy: boolean;
  onReasons: (next: DeclineReason[]) => void;
  onNote: (note: string) => void;
  onFollowUp: (date: string) => void;
  onDecide: (status: DecisionStatus) => void;
  /** Esc closes what holds the form (the overlay): listed with the other keys. */
  escCloses?: boolean;
}

/** Accept, decline, or hold with a follow-up date, plus a free-text note. */
export function DecisionForm({
  note,
  followUpAt,
  reasons,
  reasonsSuggested = false,
  busy,
  onNote,
  onFollowUp,
  onReasons,
  onDecide,
  escCloses = false,
}: Props) {
  const t = useT();
  const accept = useRef<HTMLButtonElement>(null);
  const decline = useRef<HTMLButtonElement>(null);
  const hold = useRef<HTMLButtonElement>(null);
  const followUp = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // The keys only move the focus: nothing is decided without Enter or Space on the button itself.
  useEffect(() => {
    const targets: Record<string, RefObject<HTMLElement | null>> = {
      a: accept,
      d: decline,
      h: hold,
      f: followUp,
    };
    const onKey = (event: KeyboardEvent) => {
      if (hasModifier(event) || event.defaultPrevented) return;
      if (event.key === 'Escape' && helpOpen) {
        // Closes the list of keys only, not the overlay around it.
        event.stopPropagation();
        setHelpOpen(false);
        return;
      }
      if (isTypingTarget(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen((open) => !open);
        return;
      }
      const target = targets[event.key.toLowerCase()];
      if (!target?.current) return;
      event.preventDefault();
      target.current.focus();
      target.current.scrollIntoView?.({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [helpOpen]);
  return (
    <section className="decision" aria-labelledby="h-decision">
      <div className="decision-head">
        <h2 id="h-decision">{t('decisionHeading')}</h2>
        <KeyboardHelp
          rows={escCloses ? [...DECISION_KEYS, { keys: ['Esc'], label: 'key.close' }] : DECISION_KEYS}
          open={helpOpen}
          onOpenChange={setHelpOpen}
          testId="decision-keys"
        />
      </div>
      <label className="stacked">
        {t('noteLabel')}
        <textarea
          data-testid="note"
          rows={2}
          maxLength={10_000}
          value={note}
          placeholder={t('notePlaceholder')}
          onChange={(e) => onNote(e.target.value)}
        />
      </label>
      <DeclineReasons value={reasons} suggested={reasonsSuggested} onChange={onReasons} />
      <div className="decide-row">
        <button
          ref={accept}
          type="button"
          className="btn accept"
          data-testid="decide-accepted"
          disabled={busy}
          onClick={() => onDecide('accepted')}
        >
          {t('decideAccepted')}
        </button>
        <button
          ref={decline}
          type="button"
          className="btn decline"
          data-testid="decide-declined"
          disabled={busy}
          onClick={() => onDecide('declined')}
        >
          {t('decideDeclined')}
        </button>
      </div>
      <div className="hold-row">
        <label>
          {t('followUpLabel')}
          <input
            ref={followUp}
            type="date"
            data-testid="followup-date"
            value={followUpAt}
            onChange={(e) => onFollowUp(e.target.value)}
          />
        </label>
        <button
          ref={hold}
          type="button"
          className="btn hold"
          data-testid="decide-hold"
          disabled={busy}
          onClick={() => onDecide('hold')}
        >
          {t('decideHold')}
        </button>
      </div>
    </section>
  );
}
