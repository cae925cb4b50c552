import { useEffect, useRef, useState } from 'react';
import { addDays } from '@/utils/decisions';
import { formatDay } from '@/utils/i18n';
import type { LiabilityFlagId } from '@/utils/schema/analysis';
import {
  type Decision,
  type DecisionStatus,
  type DeclineReason,
  decisionSchema,
  decisionStatusSchema,
  type Outcome,
} from '@/utils/schema/decision';
import { cleanReasons } from '@/utils/schema/decision-records';
import { ChecklistView } from './ChecklistView';
import { ClientRepliesView } from './ClientRepliesView';
import { DeclineReasons } from './DeclineReasons';
import { useT } from './i18n-context';
import { EMPTY_OUTCOME, OutcomeForm } from './OutcomeForm';
import { VerdictBadge } from './VerdictBadge';

interface Props {
  decision: Decision;
  mutedFlags: readonly LiabilityFlagId[];
  onBack: () => void;
  onSave: (next: Decision) => void;
  onDelete: () => void;
  skillLabel?: (id: string) => string;
}

/**
 * One decision from the journal: its checklist, and its status and note to edit. The form follows the
 * stored decision (after its own save, or a change made elsewhere) until the user edits it; from then
 * on their edits stay, and a change made elsewhere is announced instead of wiping what they typed.
 */
export function DecisionDetail(props: Props) {
  const { decision, onSave } = props;
  const [base, setBase] = useState(decision);
  const dirty = useRef(false);
  if (decision.id !== base.id || (decision.updatedAt !== base.updatedAt && !dirty.current)) setBase(decision);
  const changedElsewhere = decision.id === base.id && decision.updatedAt !== base.updatedAt;
  return (
    <DetailForm
      key={`${base.id}@${base.updatedAt}`}
      {...props}
      decision={base}
      changedElsewhere={changedElsewhere}
      onDirty={(now) => {
        dirty.current = now;
      }}
      onSave={(next) => {
        dirty.current = false;
        onSave(next);
      }}
    />
  );
}

function DetailForm({
  decision,
  mutedFlags,
  onBack,
  onSave,
  onDelete,
  skillLabel,
  changedElsewhere,
  onDirty,
}: Props & { changedElsewhere: boolean; onDirty: (dirty: boolean) => void }) {
  const t = useT();
  const [status, setStatus] = useState<DecisionStatus>(decision.status);
  const [note, setNote] = useState(decision.note);
  const [followUpAt, setFollowUpAt] = useState(decision.followUpAt ?? '');
  const [tags, setTags] = useState(decision.tags.join(', '));
  const [outcome, setOutcome] = useState<Outcome>(decision.outcome ?? EMPTY_OUTCOME);
  const [reasons, setReasons] = useState<DeclineReason[]>(decision.declineReasons);
  const [invalid, setInvalid] = useState(false);
  const needsDate = status === 'hold' && !followUpAt;
  const hasOutcome = Object.values(outcome).some((v) => v !== null);
  // The decision as the form now has it: saved as is, and compared with the stored copy.
  const edited: Decision = {
    ...decision,
    status,
    note: note.trim(),
    followUpAt: status === 'hold' ? followUpAt : null,
    declineReasons: cleanReasons(status, reasons),
    tags: [
      ...new Set(
        tags
          .split(/[,、\s]+/)
          .map((tag) => tag.replace(/^#/, '').trim())
          .filter(Boolean),
      ),
    ].slice(0, 50),
    outcome: status === 'accepted' && hasOutcome ? outcome : decision.outcome,
  };
  const dirty =
    edited.status !== decision.status ||
    edited.note !== decision.note ||
    edited.followUpAt !== decision.followUpAt ||
    edited.tags.join('\n') !== decision.tags.join('\n') ||
    edited.declineReasons.join() !== decision.declineReasons.join() ||
    JSON.stringify(edited.outcome) !== JSON.stringify(decision.outcome);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const save = () => {
    // A malformed amount or currency is caught here, in words, before it reaches the database.
    if (!decisionSchema.safeParse(edited).success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onSave(edited);
  };
  const snooze = (days: number) => onSave({ ...edited, status: 'hold', followUpAt: addDays(new Date(), days) });
  return (
    <article className="detail">
      <div className="detail-actions">
        <button type="button" className="small" onClick={onBack}>
          ← {t('backToList')}
        </button>
      </div>
      <h2>{decision.offer.title || decision.offer.url}</h2>
      <p className="item-meta">
        <span>
          {t('siteLabel')}: {decision.offer.site}
        </span>
        {decision.offer.client.name ? (
          <span>
            {t('clientLabel')}: {decision.offer.client.name}
          </span>
        ) : null}
        <span>{t('decidedOnShort', { date: formatDay(decision.createdAt) })}</span>
        <span>{t('updatedOnShort', { date: formatDay(decision.updatedAt) })}</span>
        <a href={decision.offer.url} target="_blank" rel="noreferrer noopener">
          {t('openOffer')}
        </a>
      </p>
      {changedElsewhere ? (
        <p className="notice" role="status" data-testid="changed-elsewhere">
          {t('changedElsewhere')}
        </p>
      ) : null}
      {decision.verdict ? <VerdictBadge verdict={decision.verdict} /> : null}
      <label className="stacked">
        {t('statusLabel')}
        <select
          data-testid="status-select"
          value={status}
          onChange={(e) => setStatus(e.target.value as DecisionStatus)}
        >
          {decisionStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {status === 'hold' ? (
        <label className="stacked">
          {t('followUpLabel')}
          <input
            type="date"
            data-testid="followup-date"
            value={followUpAt}
            onChange={(e) => setFollowUpAt(e.target.value)}
          />
        </label>
      ) : null}
      {decision.status === 'hold' ? (
        <div className="detail-actions">
          <span className="muted">{t('snoozeLabel')}</span>
          <button type="button" className="small" data-testid="snooze-3" onClick={() => snooze(3)}>
            {t('snoozeDays', { days: 3 })}
          </button>
          <button type="button" className="small" data-testid="snooze-7" onClick={() => snooze(7)}>
            {t('snoozeDays', { days: 7 })}
          </button>
        </div>
      ) : null}
      <label className="stacked">
        {t('noteLabel')}
        <textarea
          data-testid="note-input"
          rows={3}
          maxLength={10_000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <label className="stacked">
        {t('tagsLabel')}
        <input
          data-testid="tags-input"
          value={tags}
          placeholder={t('tagsPlaceholder')}
          onChange={(e) => setTags(e.target.value)}
        />
      </label>
      {status === 'declined' ? <DeclineReasons value={reasons} onChange={setReasons} /> : null}
      {status === 'accepted' ? <OutcomeForm outcome={outcome} onChange={setOutcome} /> : null}
      {needsDate ? <p className="error">{t('error.followUpRequired')}</p> : null}
      {invalid ? (
        <p className="error" role="alert">
          {t('error.invalidEdit')}
        </p>
      ) : null}
      <div className="detail-actions">
        <button type="button" className="btn primary" data-testid="save-edit" disabled={needsDate} onClick={save}>
          {t('saveEdit')}
        </button>
        <button type="button" className="btn decline" data-testid="delete-decision" onClick={onDelete}>
          {t('deleteDecision')}
        </button>
      </div>
      {decision.history.length ? (
        <section className="history" aria-labelledby="h-history">
          <h3 id="h-history">{t('historyHeading')}</h3>
          <ol data-testid="decision-history">
            {decision.history.map((entry) => (
              <li key={`${entry.at}-${entry.status}`}>
                {entry.followUpAt
                  ? t('historyFollowUp', {
                      date: formatDay(entry.at),
                      status: t(`status.${entry.status}`),
                      followUp: entry.followUpAt,
                    })
                  : t('historyEntry', { date: formatDay(entry.at), status: t(`status.${entry.status}`) })}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <ClientRepliesView replies={decision.replies} />
      <h3 className="checklist-heading">{t('checklistHeading')}</h3>
      <ChecklistView checklist={decision.checklist} muted={mutedFlags} skillLabel={skillLabel} />
    </article>
  );
}
