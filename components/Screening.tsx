import { useCallback, useMemo, useState } from 'react';
import { suggestChecklist } from '@/utils/analysis/checklist';
import { matchSkills } from '@/utils/analysis/skills';
import { scoreChecklist, unjudgedParts } from '@/utils/analysis/verdict';
import { type Capacity, overcommitBy } from '@/utils/capacity';
import { addDays, recordDecision, snapshotOffer, suggestDeclineReasons } from '@/utils/decisions';
import { errorMessageKey } from '@/utils/error-message';
import type { MessageKey } from '@/utils/i18n';
import { setFlagMuted } from '@/utils/profile-edit';
import { mergeChecklist } from '@/utils/questions';
import type { LiabilityFlagId, OfferAnalysis } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
import type { Decision, DecisionStatus, DeclineReason } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import type { Profile } from '@/utils/schema/profile';
import type { Result } from '@/utils/schema/result';
import { createSkillLabeler } from '@/utils/skill-labels';
import { CapacityNote } from './CapacityNote';
import { ChecklistView } from './ChecklistView';
import { DecidedBanner } from './DecidedBanner';
import { DecisionForm } from './DecisionForm';
import { useLocale, useT } from './i18n-context';
import { OfferHeader } from './OfferHeader';
import { QuestionsSection } from './QuestionsSection';
import { useClientReplies } from './use-client-replies';
import { VerdictBadge } from './VerdictBadge';

/** Where a screening writes: the background for the overlay, IndexedDB directly for the side panel. */
export interface ScreeningActions {
  saveDecision(decision: Decision): Promise<Result<Decision>>;
  muteFlag(flag: LiabilityFlagId, muted: boolean): Promise<Result<unknown>>;
  /** Scrolls the page to a quote; absent where there is no page (a pasted offer). */
  highlight?(quote: string): void;
}

export interface ScreeningProps {
  actions: ScreeningActions;
  capture: OfferCapture;
  profile: Profile;
  analysis: OfferAnalysis;
  existing: Decision | null;
  /** Weekly hours left for side work; absent where it could not be read. */
  capacity?: Capacity | null;
  /** The settings page, linked from the parts the profile does not cover yet. */
  settingsUrl?: string;
  /** Esc closes the frame around the screening (the overlay). */
  escCloses?: boolean;
  onSaved?(decision: Decision): void;
}

/** One offer's checklist, verdict and decision form: the same in the overlay and for a pasted offer. */
export function Screening({
  actions,
  capture,
  profile,
  analysis: offerAnalysis,
  existing: existingAtStart,
  capacity,
  settingsUrl,
  escCloses,
  onSaved,
}: ScreeningProps) {
  const t = useT();
  const locale = useLocale();
  const skillLabel = useMemo(() => createSkillLabeler(locale), [locale]);
  const [existing, setExisting] = useState<Decision | null>(existingAtStart);
  const [editing, setEditing] = useState(existing === null);
  const [checklist, setChecklist] = useState<Checklist>(() => existing?.checklist ?? suggestChecklist(offerAnalysis));
  // The client's replies re-read the offer; from here on `analysis` is the offer read with them.
  const client = useClientReplies({
    capture,
    profile,
    analysis: offerAnalysis,
    existing,
    onReread: (fresh) => setChecklist((c) => mergeChecklist(c, suggestChecklist(fresh))),
  });
  const analysis = client.analysis;
  const [note, setNote] = useState(existing?.note ?? '');
  const [followUpAt, setFollowUpAt] = useState(existing?.followUpAt ?? addDays(new Date(), 3));
  // Until the user touches them, the decline reasons follow what the checklist points at.
  const [pickedReasons, setReasons] = useState<DeclineReason[] | null>(existing ? existing.declineReasons : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const [lastStatus, setLastStatus] = useState<DecisionStatus | null>(null);
  const [mutedFlags, setMutedFlags] = useState(profile.mutedFlags);
  const scoringProfile = useMemo(() => ({ ...profile, mutedFlags }), [profile, mutedFlags]);
  const missingSkills = checklist.skillMatch.value.missing;
  const skillPartialVia = useMemo(() => matchSkills(missingSkills, profile).partialVia, [missingSkills, profile]);

  const verdict = useMemo(
    () =>
      scoreChecklist(checklist, scoringProfile, {
        budget: analysis.budget,
        platformEscrow: analysis.platformEscrow,
        trust: capture.trust,
      }),
    [checklist, scoringProfile, analysis, capture.trust],
  );

  const unjudged = useMemo(() => unjudgedParts(checklist, scoringProfile), [checklist, scoringProfile]);

  const suggestedReasons = useMemo(
    () => suggestDeclineReasons(verdict, overcommitBy(capacity, checklist.remote.value.hours) > 0),
    [verdict, capacity, checklist.remote.value.hours],
  );
  const reasons = pickedReasons ?? suggestedReasons;

  const decide = useCallback(
    async (status: DecisionStatus) => {
      if (status === 'hold' && !followUpAt) {
        setError('error.followUpRequired');
        return;
      }
      setBusy(true);
      setError(null);
      setLastStatus(status);
      const decision = recordDecision(
        {
          offer: snapshotOffer(capture, analysis.budget),
          checklist,
          verdict,
          status,
          note,
          followUpAt,
          declineReasons: reasons,
          replies: client.replies,
        },
        existing,
        new Date(),
        () => crypto.randomUUID(),
      );
      const result = await actions.saveDecision(decision);
      setBusy(false);
      if (!result.ok) {
        // The draft stays on screen: nothing the user entered is lost.
        setError(errorMessageKey(result));
        return;
      }
      setExisting(result.data);
      setEditing(false);
      onSaved?.(result.data);
    },
    [actions, capture, analysis, checklist, verdict, note, followUpAt, reasons, existing, onSaved, client.replies],
  );

  return (
    <div className="screening">
      <OfferHeader capture={capture} budget={analysis.budget} />
      <VerdictBadge verdict={verdict} unjudged={unjudged} settingsUrl={settingsUrl} />
      {existing && !editing ? <DecidedBanner decision={existing} onChange={() => setEditing(true)} /> : null}
      <ChecklistView
        checklist={checklist}
        onChange={editing ? setChecklist : undefined}
        onQuote={actions.highlight}
        skillLabel={skillLabel}
        skillPartialVia={skillPartialVia}
        muted={mutedFlags}
        communityVia={analysis.community.via}
        trust={capture.trust}
        unjudged={unjudged}
        settingsUrl={settingsUrl}
        onMute={(flag, muted) => {
          setMutedFlags((current) => setFlagMuted(current, flag, muted));
          void actions.muteFlag(flag, muted).then((result) => {
            if (!result.ok) setError(errorMessageKey(result));
          });
        }}
      />
      {editing ? (
        <CapacityNote capacity={capacity} hours={checklist.remote.value.hours} settingsUrl={settingsUrl} />
      ) : null}
      {editing ? (
        <QuestionsSection
          client={client}
          checklist={checklist}
          clientName={capture.client.name}
          onUseAsNote={(draft) => {
            const day = followUpAt && followUpAt >= addDays(new Date(), 0) ? followUpAt : addDays(new Date(), 3);
            // A note the user already wrote stays, above the message.
            setNote((mine) => (mine.trim() && !mine.includes(draft) ? `${mine.trim()}\n\n${draft}` : draft));
            setFollowUpAt(day);
            return day;
          }}
        />
      ) : null}
      {editing ? (
        <DecisionForm
          note={note}
          followUpAt={followUpAt}
          reasons={reasons}
          reasonsSuggested={pickedReasons === null && reasons.length > 0}
          onReasons={setReasons}
          busy={busy}
          onNote={setNote}
          onFollowUp={setFollowUpAt}
          onDecide={decide}
          escCloses={escCloses}
        />
      ) : null}
      <p className="live" aria-live="polite">
        {busy ? t('saving') : existing && !editing && !error ? t('saved') : ''}
      </p>
      {error ? (
        <div className="error" role="alert" data-testid="overlay-error">
          {t(error)}
          {lastStatus && error !== 'error.followUpRequired' ? (
            <button type="button" className="small" onClick={() => void decide(lastStatus)}>
              {t('retry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
