import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/I18nProvider';
import { useT } from '@/components/i18n-context';
import { Screening } from '@/components/Screening';
import type { Capacity } from '@/utils/capacity';
import type { Locale, MessageKey } from '@/utils/i18n';
import type { OfferAnalysis } from '@/utils/schema/analysis';
import type { Decision } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import { createDefaultProfile, type Profile } from '@/utils/schema/profile';
import { resolveLocale } from '@/utils/ui-locale';
import { createOverlayApi, type OverlayApi } from './api';

type Loaded = {
  api: OverlayApi;
  capture: OfferCapture;
  profile: Profile;
  analysis: OfferAnalysis;
  existing: Decision | null;
  capacity: Capacity | null;
};

type State =
  | { phase: 'loading' }
  | { phase: 'failed'; message: MessageKey; api: OverlayApi }
  | ({ phase: 'ready' } & Loaded);

function readNonce(): string {
  return new URLSearchParams(location.hash.slice(1)).get('n') ?? '';
}

async function load(api: OverlayApi): Promise<State> {
  // The profile and the capacity do not depend on the offer: they are asked for beside the capture.
  const profileAsked = api.getProfile();
  const capacityAsked = api.getCapacity();
  const captured = await api.getCapture();
  if (!captured.ok) {
    return {
      phase: 'failed',
      api,
      message: captured.error === 'stale-mount' ? 'overlayStaleMount' : 'overlayNoCapture',
    };
  }
  const capture = captured.data;
  const [profileResult, decisionResult, capacityResult, analysed] = await Promise.all([
    profileAsked,
    api.getDecisionByKey(capture.key),
    capacityAsked,
    api.analyze(capture),
  ]);
  const profile = profileResult.ok ? profileResult.data : createDefaultProfile();
  // The background reads the offer with a warm engine; should it fail, the frame reads it itself.
  const analysis =
    analysed.ok && profileResult.ok ? analysed.data : (await import('@/utils/analysis')).analyzeOffer(capture, profile);
  return {
    phase: 'ready',
    api,
    capture,
    profile,
    analysis,
    existing: decisionResult.ok ? decisionResult.data : null,
    capacity: capacityResult.ok ? capacityResult.data : null,
  };
}

/** The overlay: loads the capture for this mount and picks the UI language. */
export function App() {
  const [api] = useState(() => createOverlayApi(readNonce()));
  const [state, setState] = useState<State>({ phase: 'loading' });
  // Each try asks the extension afresh: a worker that was restarting answers the next one.
  const start = useCallback(() => {
    setState({ phase: 'loading' });
    load(api).then(setState, () => setState({ phase: 'failed', message: 'error.unreachable', api }));
  }, [api]);
  useEffect(start, [start]);
  const locale: Locale = resolveLocale(state.phase === 'ready' ? state.profile.uiLanguage : 'browser');
  useFrameSizing(api);
  return (
    <I18nProvider locale={locale}>
      <OverlayShell api={api}>
        {state.phase === 'loading' ? <Loading /> : null}
        {state.phase === 'failed' ? <Failed message={state.message} onRetry={start} /> : null}
        {state.phase === 'ready' ? <OverlayScreening {...state} /> : null}
      </OverlayShell>
    </I18nProvider>
  );
}

/** Keeps the frame exactly as tall as the overlay, so no transparent margin swallows page clicks. */
function useFrameSizing(api: OverlayApi) {
  useEffect(() => {
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

function OverlayShell({ api, children }: { api: OverlayApi; children: React.ReactNode }) {
  const t = useT();
  return (
    <div className="overlay">
      <header className="overlay-bar">
        <span className="brand">{t('appName')}</span>
        <span className="spacer" />
        <button type="button" className="ghost" data-testid="open-journal" onClick={() => api.openJournal()}>
          {t('openJournal')}
        </button>
        <button
          type="button"
          className="ghost"
          data-testid="close-overlay"
          aria-label={t('closeOverlay')}
          onClick={() => api.close()}
        >
          ✕
        </button>
      </header>
      <main>{children}</main>
    </div>
  );
}

function Loading() {
  const t = useT();
  return <p className="muted pad">{t('overlayLoading')}</p>;
}

function Failed({ message, onRetry }: { message: MessageKey; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="pad">
      <p className="error" role="alert" data-testid="overlay-error">
        {t(message)}
      </p>
      <button type="button" data-testid="overlay-retry" onClick={onRetry}>
        {t('overlayRetry')}
      </button>
    </div>
  );
}

function OverlayScreening({ api, ...rest }: Loaded) {
  return <Screening actions={api} settingsUrl={browser.runtime.getURL('/options.html')} escCloses {...rest} />;
}
