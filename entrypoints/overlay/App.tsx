import { useCallback, useEffect, useMemo, useState } from 'react';
import { ChecklistView } from '@/components/ChecklistView';
import { DecidedBanner } from '@/components/DecidedBanner';
import { DecisionForm } from '@/components/DecisionForm';
import { I18nProvider } from '@/components/I18nProvider';
import { useLocale, useT } from '@/components/i18n-context';
import { OfferHeader } from '@/components/OfferHeader';
import { VerdictBadge } from '@/components/VerdictBadge';
import { analyzeOffer, scoreChecklist, suggestChecklist } from '@/utils/analysis';
import { addDays, recordDecision, snapshotOffer } from '@/utils/decisions';
import type { Locale, MessageKey } from '@/utils/i18n';
import type { Failure } from '@/utils/messaging';
import type { OfferAnalysis } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
import type { Decision, DecisionStatus } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import { createDefaultProfile, type Profile } from '@/utils/schema/profile';
import { createSkillLabeler } from '@/utils/skill-labels';
import { resolveLocale } from '@/utils/ui-locale';
import { createOverlayApi, type OverlayApi } from './api';

type Loaded = {
  api: OverlayApi;
  capture: OfferCapture;
  profile: Profile;
  analysis: OfferAnalysis;
  existing: Decision | null;
};

type State =
  | { phase: 'loading' }
  | { phase: 'failed'; message: MessageKey; api: OverlayApi | null }
  | ({ phase: 'ready' } & Loaded);

function readNonce(): string {
  return new URLSearchParams(location.hash.slice(1)).get('n') ?? '';
}

function errorKey(failure: Failure): MessageKey {
  if (failure.error === 'quota') return 'error.quota';
  if (failure.error === 'storage') return 'error.storage';
  if (failure.error === 'invalid-message') return 'error.invalid';
  return 'error.unreachable';
}

async function load(): Promise<State> {
  const api = await createOverlayApi(readNonce());
  const captured = await api.getCapture();
  if (!captured.ok) {
    return {
      phase: 'failed',
      api,
      message: captured.error === 'stale-mount' ? 'overlayStaleMount' : 'overlayNoCapture',
    };
  }
  const capture = captured.data;
  const [profileResult, decisionResult] = await Promise.all([api.getProfile(), api.getDecision(capture.key)]);
  const profile = profileResult.ok ? profileResult.data : createDefaultProfile();
  const analysis = analyzeOffer(capture, profile);
  return {
    phase: 'ready',
    api,
    capture,
    profile,
    analysis,
    existing: decisionResult.ok ? decisionResult.data : null,
  };
}

/** The overlay: loads the capture for this mount and picks the UI language. */
export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    load().then(setState, () => setState({ phase: 'failed', message: 'error.unreachable', api: null }));
  }, []);
  const locale: Locale = resolveLocale(state.phase === 'ready' ? state.profile.uiLanguage : 'browser');
  const api = state.phase === 'loading' ? null : state.api;
  useFrameSizing(api);
  return (
    <I18nProvider locale={locale}>
      <OverlayShell api={api}>
        {state.phase === 'loading' ? <Loading /> : null}
        {state.phase === 'failed' ? <Failed message={state.message} /> : null}
        {state.phase === 'ready' ? <Screening {...state} /> : null}
      </OverlayShell>
    </I18nProvider>
  );
}

/** Keeps the frame exactly as tall as the overlay, so no transparent margin swallows page clicks. */
function useFrameSizing(api: OverlayApi | null) {
  useEffect(() => {
    if (!api) return;
    // Measure the content, not the document: the document is at least as tall as the frame itself.
    const content = document.getElementById('root');
    if (!content) return;
    const report = () => api.resize(content.getBoundingClientRect().height);
    const observer = new ResizeObserver(report);
    observer.observe(content);
    report();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') api.close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKey);
    };
  }, [api]);
}

function OverlayShell({ api, children }: { api: OverlayApi | null; children: React.ReactNode }) {
  const t = useT();
  return (
    <div className="overlay">
      <div className="overlay-bar">
        <span className="brand">{t('appName')}</span>
        <span className="spacer" />
        <button type="button" className="ghost" data-testid="open-journal" onClick={() => api?.openJournal()}>
          {t('openJournal')}
        </button>
        <button
          type="button"
          className="ghost"
          data-testid="close-overlay"
          aria-label={t('closeOverlay')}
          onClick={() => api?.close()}
        >
          ✕
        </button>
      </div>
      {children}
    </div>
  );
}

function Loading() {
  const t = useT();
  return <p className="muted pad">{t('overlayLoading')}</p>;
}

function Failed({ message }: { message: MessageKey }) {
  const t = useT();
  return (
    <p className="error pad" role="alert" data-testid="overlay-error">
      {t(message)}
    </p>
  );
}

function Screening({ api, capture, profile, analysis, existing }: Loaded) {
  const t = useT();
  const locale = useLocale();
  const skillLabel = useMemo(() => createSkillLabeler(locale), [locale]);
  const [saved, setSaved] = useState<Decision | null>(existing);
  const [editing, setEditing] = useState(existing === null);
  const [checklist, setChecklist] = useState<Checklist>(() => existing?.checklist ?? suggestChecklist(analysis));
  const [note, setNote] = useState(existing?.note ?? '');
  const [followUpAt, setFollowUpAt] = useState(existing?.followUpAt ?? addDays(new Date(), 3));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const [lastStatus, setLastStatus] = useState<DecisionStatus | null>(null);
  const [mutedFlags, setMutedFlags] = useState(profile.mutedFlags);
  const scoringProfile = useMemo(() => ({ ...profile, mutedFlags }), [profile, mutedFlags]);

  const verdict = useMemo(
    () =>
      scoreChecklist(checklist, scoringProfile, { budget: analysis.budget, platformEscrow: analysis.platformEscrow }),
    [checklist, scoringProfile, analysis],
  );

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
        { offer: snapshotOffer(capture, analysis.budget), checklist, verdict, status, note, followUpAt },
        saved,
        new Date(),
        () => crypto.randomUUID(),
      );
      const result = await api.saveDecision(decision);
      setBusy(false);
      if (!result.ok) {
        // The draft stays on screen: nothing the user entered is lost.
        setError(errorKey(result));
        return;
      }
      setSaved(result.data);
      setEditing(false);
    },
    [api, capture, analysis, checklist, verdict, note, followUpAt, saved],
  );

  return (
    <div className="screening">
      <OfferHeader capture={capture} budget={analysis.budget} />
      <VerdictBadge verdict={verdict} />
      {saved && !editing ? <DecidedBanner decision={saved} onChange={() => setEditing(true)} /> : null}
      <ChecklistView
        checklist={checklist}
        onChange={editing ? setChecklist : undefined}
        onQuote={api.highlight}
        skillLabel={skillLabel}
        muted={mutedFlags}
        communityVia={analysis.community.via}
        onMute={(flag, muted) => {
          setMutedFlags((current) =>
            muted ? [...current.filter((f) => f !== flag), flag] : current.filter((f) => f !== flag),
          );
          void api.muteFlag(flag, muted).then((result) => {
            if (!result.ok) setError(errorKey(result));
          });
        }}
      />
      {editing ? (
        <DecisionForm
          note={note}
          followUpAt={followUpAt}
          busy={busy}
          onNote={setNote}
          onFollowUp={setFollowUpAt}
          onDecide={decide}
        />
      ) : null}
      <p className="live" aria-live="polite">
        {busy ? t('saving') : saved && !editing && !error ? t('saved') : ''}
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
