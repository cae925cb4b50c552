import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { DecisionDetail } from '@/components/DecisionDetail';
import { I18nProvider } from '@/components/I18nProvider';
import { ImportPreviewView } from '@/components/ImportPreviewView';
import { InsightsView } from '@/components/InsightsView';
import { useLocale, useT } from '@/components/i18n-context';
import { JournalFilters } from '@/components/JournalFilters';
import { JournalList } from '@/components/JournalList';
import { KeyboardHelp, type KeyRow } from '@/components/KeyboardHelp';
import { useJournalKeys } from '@/components/keyboard';
import { type PastedOffer, PasteForm } from '@/components/PasteForm';
import { Screening, type ScreeningActions } from '@/components/Screening';
import { analyzeOffer } from '@/utils/analysis';
import type { Capacity } from '@/utils/capacity';
import {
  countDecisions,
  deleteDecision,
  getDecision,
  getDecisionByKey,
  getMeta,
  getProfile,
  JournalError,
  listDecisions,
  listJournalRows,
  listVersions,
  onJournalChange,
  putDecisions,
  readCapacity,
  restoreDecision,
  saveDecision,
  saveProfile,
  setMeta,
  setStatuses,
} from '@/utils/db';
import { asResult } from '@/utils/db/results';
import { formatDay, type MessageKey } from '@/utils/i18n';
import { insightsOf } from '@/utils/journal/insights';
import { facets, isDue, type JournalQuery, type JournalRow, queryJournal, toRow } from '@/utils/journal/query';
import { pageCaptureKey, readPageCapture } from '@/utils/page-capture';
import { csvFileName, decisionsToCsv } from '@/utils/portfolio/csv';
import {
  buildPortfolioEnvelope,
  decisionLines,
  portfolioFileName,
  portfolioLogParts,
  prepareDecisionLines,
} from '@/utils/portfolio/export';
import { type ImportPreview, MAX_IMPORT_BYTES, previewImport, readPortfolioFile } from '@/utils/portfolio/import';
import { resumeFileName, toJsonResume } from '@/utils/portfolio/resume';
import type { OfferAnalysis } from '@/utils/schema/analysis';
import type { Decision, DecisionStatus } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import type { Profile } from '@/utils/schema/profile';
import { capturePasted } from '@/utils/sites';
import { createSkillLabeler } from '@/utils/skill-labels';
import { resolveLocale } from '@/utils/ui-locale';

/** Decisions read before the rest, so the panel shows its first screen at once. */
const FIRST_SCREEN = 40;

type Notice = { kind: 'info' | 'error'; text: string; undo?: Decision };

type PastedScreen = {
  /** Absent for an offer from a page that hides the launcher (see useHiddenLauncherOffer). */
  pasted?: PastedOffer;
  capture: OfferCapture;
  profile: Profile;
  analysis: OfferAnalysis;
  existing: Decision | null;
  capacity: Capacity | null;
};

type View =
  | { name: 'journal' }
  | { name: 'paste'; pasted?: PastedOffer }
  | ({ name: 'screen' } & PastedScreen)
  | { name: 'import'; fileName: string; preview: ImportPreview };

/** The journal's keys, as the `?` list shows them. */
const JOURNAL_KEYS: readonly KeyRow[] = [
  { keys: ['/'], label: 'key.search' },
  { keys: ['↑ ↓', 'j k'], label: 'key.move' },
  { keys: ['Enter'], label: 'key.open' },
  { keys: ['Esc'], label: 'key.back' },
  { keys: ['?'], label: 'key.help' },
];

/** After this many decisions not in any export, the journal reminds the user to export. */
const EXPORT_REMINDER_AFTER = 20;
const LAST_EXPORT_KEY = 'last-export-at';

/** The side panel writes straight to IndexedDB: it lives in the extension's own origin. */
const panelActions: ScreeningActions = {
  saveDecision: (decision) => asResult(() => saveDecision(decision)),
  muteFlag: (flag, muted) =>
    asResult(async () => {
      const profile = await getProfile();
      const others = profile.mutedFlags.filter((f) => f !== flag);
      return saveProfile({ ...profile, mutedFlags: muted ? [...others, flag] : others });
    }),
};

/** The checklist for an offer read on a page. */
async function screenCapture(capture: OfferCapture): Promise<PastedScreen> {
  const profile = await getProfile();
  const existing = (await getDecisionByKey(capture.key)) ?? null;
  const capacity = await readCapacity().catch(() => null);
  return { capture, profile, existing, capacity, analysis: analyzeOffer(capture, profile) };
}

/**
 * Calls `show` with the offer of the panel's tab when that page hides the launcher (a hostile page's
 * CSS, a covering element): the toolbar button and the shortcut open the checklist here instead. The
 * tab is the `tab` parameter (the journal opened in a tab, as Firefox does from a message) or the
 * window's active tab.
 */
function useHiddenLauncherOffer(show: (capture: OfferCapture) => void): void {
  const showRef = useRef(show);
  showRef.current = show;
  useEffect(() => {
    let tabId: number | null = null;
    const offer = (value: unknown) => {
      const capture = readPageCapture(value);
      if (capture) showRef.current(capture);
    };
    const fromParameter = Number(new URLSearchParams(location.search).get('tab') ?? Number.NaN);
    const findTab = Number.isInteger(fromParameter)
      ? Promise.resolve(fromParameter)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null);
    void findTab
      .then(async (id) => {
        if (id === null) return;
        tabId = id;
        const key = pageCaptureKey(id);
        offer((await browser.storage.session.get(key))[key]);
      })
      .catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && tabId !== null) offer(changes[pageCaptureKey(tabId)]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
}

async function screenPasted(pasted: PastedOffer): Promise<PastedScreen> {
  const capture = capturePasted({ text: pasted.text, sender: pasted.sender, url: pasted.url || undefined });
  const profile = await getProfile();
  // A pasted link to an offer already decided shows that decision, as the overlay would.
  const existing = pasted.url ? ((await getDecisionByKey(capture.key)) ?? null) : null;
  const capacity = await readCapacity().catch(() => null);
  return { pasted, capture, profile, existing, capacity, analysis: analyzeOffer(capture, profile) };
}

/** The side panel: the decision journal, newest first, with edit, delete/undo and export. */
export function App() {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    getProfile().then(setProfile, () => setProfile(null));
  }, []);
  return (
    <I18nProvider locale={resolveLocale(profile?.uiLanguage)}>
      <Journal profile={profile} />
    </I18nProvider>
  );
}

function storageErrorKey(error: unknown): MessageKey {
  return error instanceof JournalError && error.code === 'quota' ? 'error.quota' : 'error.storage';
}

/** The formats of "Export this view": what is written, its test id, its label. */
const VIEW_EXPORTS = [
  ['json', 'export-view-json', 'exportViewJson'],
  ['csv', 'export-csv', 'exportCsv'],
  ['resume', 'export-resume', 'exportResume'],
] as const satisfies readonly (readonly [string, string, MessageKey])[];

/** Runs `work` when the page is idle (soon in any case). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Journal({ profile }: { profile: Profile | null }) {
  const t = useT();
  const locale = useLocale();
  const skillLabel = useMemo(() => createSkillLabeler(locale), [locale]);
  const [rows, setRows] = useState<JournalRow[] | null>(null);
  // A reminder notification opens the journal at its decision (#decision=<id>).
  const [openId, setOpenId] = useState<string | null>(
    () => new URLSearchParams(location.hash.slice(1)).get('decision') || null,
  );
  const [open, setOpen] = useState<Decision | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [view, setView] = useState<View>({ name: 'journal' });
  const [query, setQuery] = useState<JournalQuery>({ sort: 'newest' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<DecisionStatus>('declined');
  const today = formatDay(new Date());

  useHiddenLauncherOffer((capture) => {
    screenCapture(capture).then(
      (screened) => setView({ name: 'screen', ...screened }),
      (error: unknown) => setNotice({ kind: 'error', text: t(storageErrorKey(error)) }),
    );
  });

  const screen = async (pasted: PastedOffer) => {
    try {
      setView({ name: 'screen', ...(await screenPasted(pasted)) });
      setNotice(null);
    } catch (error) {
      setNotice({ kind: 'error', text: t(storageErrorKey(error)) });
    }
  };

  // The newest screenful first (a few records), then every row for search and filters.
  const [complete, setComplete] = useState(false);
  const [total, setTotal] = useState(0);
  const loads = useRef(0);
  /**
   * The export's decision lines, prepared in idle time from the read that loads the rows, so "Export"
   * only adds the envelope. It belongs to one load: any change to the journal starts a new load, and an
   * export before the new one is prepared reads the journal afresh.
   */
  const prepared = useRef<{ load: number; body: Blob; count: number } | null>(null);
  const reload = useCallback(() => {
    const load = ++loads.current;
    const failed = (error: unknown) => setNotice({ kind: 'error', text: t('loadFailed', { detail: String(error) }) });
    // The full read starts after the first screen is shown: run together, it would hold the first one up.
    Promise.all([listDecisions({ limit: FIRST_SCREEN }), countDecisions()])
      .then(([first, count]) => {
        if (load !== loads.current) return;
        setTotal(count);
        setRows((current) => (current && current.length >= count ? current : first.map(toRow)));
        setComplete(first.length >= count);
        return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      })
      .then(() =>
        load === loads.current
          ? listJournalRows(toRow, (all) => {
              performance.mark('export:prepare-start');
              prepareDecisionLines(all, whenIdle, () => load === loads.current).then((body) => {
                if (!body || load !== loads.current) return;
                prepared.current = { load, body, count: all.length };
                performance.mark('export:prepare-end');
              });
            })
          : null,
      )
      .then((all) => {
        if (!all || load !== loads.current) return;
        setRows(all);
        setTotal(all.length);
        setComplete(true);
      }, failed);
  }, [t]);

  useEffect(() => {
    reload();
    return onJournalChange(reload);
  }, [reload]);

  // The open decision is read in full only when it is opened; the list holds small rows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read the open decision whenever the journal changes (rows)
  useEffect(() => {
    if (!openId) {
      setOpen(null);
      return;
    }
    let live = true;
    getDecision(openId).then(
      (decision) => live && setOpen(decision ?? null),
      (error: unknown) => live && setNotice({ kind: 'error', text: t('loadFailed', { detail: String(error) }) }),
    );
    return () => {
      live = false;
    };
  }, [openId, t, rows]);

  const shown = useMemo(() => (rows ? queryJournal(rows, query, today) : []), [rows, query, today]);
  const { sites, tags } = useMemo(() => facets(rows ?? []), [rows]);
  const [showInsights, setShowInsights] = useState(false);
  const insights = useMemo(
    () =>
      showInsights && rows
        ? insightsOf(
            shown,
            shown.flatMap((row) => (row.paid ? [row.paid] : [])),
          )
        : null,
    [showInsights, rows, shown],
  );
  const due = useMemo(() => (rows ?? []).filter((row) => isDue(row, today)).length, [rows, today]);

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const applyBulk = async () => {
    try {
      const changed = await setStatuses([...selected], bulkStatus);
      setSelected(new Set());
      setNotice({ kind: 'info', text: t('bulkDone', { count: changed }) });
      reload();
    } catch (error) {
      setNotice({ kind: 'error', text: t(storageErrorKey(error)) });
    }
  };

  const save = async (next: Decision) => {
    try {
      await saveDecision({ ...next, updatedAt: new Date().toISOString() });
      setNotice({ kind: 'info', text: t('saved') });
      reload();
    } catch (error) {
      setNotice({ kind: 'error', text: t(storageErrorKey(error)) });
    }
  };

  const remove = async (decision: Decision) => {
    try {
      await deleteDecision(decision.id);
      setOpenId(null);
      setNotice({ kind: 'info', text: t('deleted'), undo: decision });
      reload();
    } catch (error) {
      setNotice({ kind: 'error', text: t(storageErrorKey(error)) });
    }
  };

  const undo = async (decision: Decision) => {
    try {
      await restoreDecision(decision);
      setNotice(null);
      reload();
    } catch (error) {
      setNotice({ kind: 'error', text: t(storageErrorKey(error)) });
    }
  };

  // Uninstalling deletes IndexedDB: ask the browser to keep it under storage pressure, and remind the
  // user to export after a number of decisions that no export holds yet.
  const [lastExport, setLastExport] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void navigator.storage?.persist?.().catch(() => false);
    getMeta<string>(LAST_EXPORT_KEY).then(
      (value) => setLastExport(value ?? null),
      () => setLastExport(null),
    );
  }, []);
  const unexported = useMemo(
    () =>
      lastExport === undefined || !rows
        ? 0
        : rows.filter((row) => lastExport === null || row.updatedAt > lastExport).length,
    [rows, lastExport],
  );

  const fileInput = useRef<HTMLInputElement>(null);
  const [importBusy, setImportBusy] = useState(false);
  const chooseImport = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setNotice({
        kind: 'error',
        text: t('import.too-large', { detail: `${Math.round(file.size / 1024 / 1024)} MB` }),
      });
      return;
    }
    const read = readPortfolioFile(await file.text());
    if (!read.ok) {
      setNotice({ kind: 'error', text: t(`import.${read.error}` as MessageKey, { detail: read.detail ?? '' }) });
      return;
    }
    try {
      setNotice(null);
      setView({ name: 'import', fileName: file.name, preview: previewImport(read, await listVersions()) });
    } catch (error) {
      setNotice({ kind: 'error', text: t(storageErrorKey(error)) });
    }
  };
  const applyImport = async (preview: ImportPreview) => {
    setImportBusy(true);
    try {
      // One transaction: a failure part-way leaves the journal as it was.
      await putDecisions([...preview.added, ...preview.updated]);
      setNotice({ kind: 'info', text: t('importDone', { count: preview.added.length + preview.updated.length }) });
      setView({ name: 'journal' });
      reload();
    } catch (error) {
      setNotice({ kind: 'error', text: t(storageErrorKey(error)) });
    } finally {
      setImportBusy(false);
    }
  };

  /**
   * The decisions in the current filtered view, in the order shown: as a portfolio log, as CSV for a
   * spreadsheet, or their delivered work as a JSON Resume.
   */
  const viewMenu = useRef<HTMLDetailsElement>(null);
  const exportView = async (as: 'json' | 'csv' | 'resume') => {
    viewMenu.current?.removeAttribute('open');
    try {
      const now = new Date();
      const byId = new Map((await listDecisions()).map((d) => [d.id, d]));
      const picked = shown.flatMap((row) => byId.get(row.id) ?? []);
      const current = profile ?? (await getProfile());
      if (as === 'csv') {
        const file = csvFileName(now);
        downloadBlob(new Blob([decisionsToCsv(picked)], { type: 'text/csv;charset=utf-8' }), file);
        setNotice({ kind: 'info', text: t('exportDone', { count: picked.length, file }) });
      } else if (as === 'json') {
        const envelope = buildPortfolioEnvelope(current, { now, appVersion: browser.runtime.getManifest().version });
        const file = portfolioFileName(now);
        const parts = portfolioLogParts(envelope, decisionLines(picked), picked.length);
        downloadBlob(new Blob(parts, { type: 'application/json' }), file);
        setNotice({ kind: 'info', text: t('exportDone', { count: picked.length, file }) });
      } else {
        const resume = toJsonResume(current, picked, { locale, skillLabel, now });
        if (resume.projects.length === 0) {
          setNotice({ kind: 'info', text: t('resumeEmpty') });
          return;
        }
        const file = resumeFileName(now);
        downloadBlob(new Blob([`${JSON.stringify(resume, null, 2)}\n`], { type: 'application/json' }), file);
        setNotice({ kind: 'info', text: t('resumeDone', { count: resume.projects.length, file }) });
      }
    } catch (error) {
      setNotice({
        kind: 'error',
        text: t('exportFailed', { detail: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const exportLog = async () => {
    try {
      // Marks let the bench split the export into its steps.
      performance.mark('export:start');
      const now = new Date();
      const envelope = buildPortfolioEnvelope(profile ?? (await getProfile()), {
        now,
        appVersion: browser.runtime.getManifest().version,
      });
      const file = portfolioFileName(now);
      const ready = prepared.current?.load === loads.current ? prepared.current : null;
      let body: string | Blob;
      let count: number;
      if (ready) {
        ({ body, count } = ready);
      } else {
        const all = await listDecisions();
        performance.mark('export:read');
        body = decisionLines(all);
        performance.mark('export:serialized');
        count = all.length;
      }
      downloadBlob(new Blob(portfolioLogParts(envelope, body, count), { type: 'application/json' }), file);
      performance.mark(ready ? 'export:handed-prepared' : 'export:handed');
      setNotice({ kind: 'info', text: t('exportDone', { count, file }) });
      await setMeta(LAST_EXPORT_KEY, now.toISOString()).catch(() => undefined);
      setLastExport(now.toISOString());
    } catch (error) {
      setNotice({
        kind: 'error',
        text: t('exportFailed', { detail: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  // Keyboard: `/` search, ↑/↓ or j/k move, Enter opens (rows are buttons), Esc goes back, `?` lists the keys.
  const searchRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);
  const focusRow = (index: number) => {
    setActive(index);
    setFocusRequest((current) => ({ index, seq: (current?.seq ?? 0) + 1 }));
  };
  useJournalKeys({
    list: view.name === 'journal' && !openId && rows !== null,
    onSearch: () => searchRef.current?.focus(),
    onMove: (delta) => {
      if (shown.length === 0) return;
      focusRow(active < 0 ? 0 : Math.max(0, Math.min(shown.length - 1, active + delta)));
    },
    onBack: () => {
      if (helpOpen) {
        setHelpOpen(false);
        return true;
      }
      if (openId || view.name !== 'journal') {
        setOpenId(null);
        setView({ name: 'journal' });
        // Back on the list, the focus returns to the row the user left.
        if (active >= 0) focusRow(active);
        return true;
      }
      return false;
    },
    onHelp: () => setHelpOpen((on) => !on),
  });

  return (
    <div className="journal">
      <header className="journal-bar">
        <div className="journal-bar-title">
          <h1>{t('journalTitle')}</h1>
          {rows ? <span className="count">{t('journalCount', { count: total })}</span> : null}
          <KeyboardHelp rows={JOURNAL_KEYS} open={helpOpen} onOpenChange={setHelpOpen} testId="journal-keys" onDark />
        </div>
        <div className="journal-bar-tools">
          <button
            type="button"
            className="btn"
            data-testid="paste-open"
            title={t('pasteOpen')}
            onClick={() => {
              setOpenId(null);
              setView({ name: 'paste' });
            }}
          >
            {t('pasteOpenShort')}
          </button>
          <button type="button" className="btn" data-testid="import-button" onClick={() => fileInput.current?.click()}>
            {t('importLog')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            data-testid="import-file"
            onChange={(e) => {
              void chooseImport(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <button type="button" className="btn" data-testid="export-button" onClick={() => void exportLog()}>
            {t('exportLog')}
          </button>
        </div>
      </header>
      <main className="journal-body">
        {notice ? (
          <div
            className={notice.kind === 'error' ? 'error' : 'notice'}
            role={notice.kind === 'error' ? 'alert' : 'status'}
          >
            <span>{notice.text}</span>
            {notice.undo ? (
              <button
                type="button"
                className="small"
                data-testid="undo-delete"
                onClick={() => void undo(notice.undo as Decision)}
              >
                {t('undo')}
              </button>
            ) : null}
          </div>
        ) : null}
        {unexported >= EXPORT_REMINDER_AFTER && view.name === 'journal' && !openId ? (
          <p className="notice" data-testid="export-reminder">
            {t('exportReminder', { count: unexported })}
          </p>
        ) : null}
        {view.name === 'import' ? (
          <ImportPreviewView
            fileName={view.fileName}
            preview={view.preview}
            busy={importBusy}
            onApply={() => void applyImport(view.preview)}
            onCancel={() => setView({ name: 'journal' })}
          />
        ) : view.name === 'paste' ? (
          <PasteForm
            initial={view.pasted}
            onSubmit={(pasted) => void screen(pasted)}
            onCancel={() => setView({ name: 'journal' })}
          />
        ) : view.name === 'screen' ? (
          <div className="pasted-screening" data-testid={view.pasted ? 'pasted-screening' : 'page-screening'}>
            <div className="row">
              <button
                type="button"
                className="btn"
                onClick={() => setView(view.pasted ? { name: 'paste', pasted: view.pasted } : { name: 'journal' })}
              >
                {t('backToList')}
              </button>
              {view.pasted ? (
                <button type="button" className="btn" onClick={() => setView({ name: 'paste' })}>
                  {t('pasteAgain')}
                </button>
              ) : null}
            </div>
            <Screening
              key={view.capture.key}
              actions={panelActions}
              capture={view.capture}
              profile={view.profile}
              analysis={view.analysis}
              existing={view.existing}
              capacity={view.capacity}
              settingsUrl={browser.runtime.getURL('/options.html')}
              onSaved={() => reload()}
            />
          </div>
        ) : openId && open ? (
          <DecisionDetail
            key={open.id}
            decision={open}
            mutedFlags={profile?.mutedFlags ?? []}
            onBack={() => {
              setOpenId(null);
              if (active >= 0) focusRow(active);
            }}
            onSave={(next) => void save(next)}
            onDelete={() => void remove(open)}
            skillLabel={skillLabel}
          />
        ) : rows ? (
          <>
            <JournalFilters query={query} sites={sites} tags={tags} onChange={setQuery} searchRef={searchRef} />
            <div className="journal-statusbar">
              <p className="journal-status" aria-live="polite" data-testid="journal-shown">
                {complete ? t('journalShown', { shown: shown.length, total }) : t('journalLoading', { total })}
                {due ? <span className="due-count"> · {t('dueCount', { count: due })}</span> : null}
              </p>
              <button
                type="button"
                className="small"
                data-testid="insights-toggle"
                aria-expanded={showInsights}
                onClick={() => setShowInsights((on) => !on)}
              >
                {t('insightsOpen')}
              </button>
              <details
                className="view-export"
                data-testid="export-view"
                ref={viewMenu}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') e.currentTarget.removeAttribute('open');
                }}
              >
                <summary className="small">{t('exportView')}</summary>
                <div className="view-export-menu">
                  {VIEW_EXPORTS.map(([as, testId, label]) => (
                    <button
                      key={as}
                      type="button"
                      className="small"
                      data-testid={testId}
                      onClick={() => void exportView(as)}
                    >
                      {t(label)}
                    </button>
                  ))}
                </div>
              </details>
            </div>
            {insights ? <InsightsView insights={insights} /> : null}
            {selected.size ? (
              <div className="bulk-bar" data-testid="bulk-bar">
                <span>{t('bulkSelected', { count: selected.size })}</span>
                <label>
                  <span className="visually-hidden">{t('bulkSetStatus')}</span>
                  <select
                    data-testid="bulk-status"
                    value={bulkStatus}
                    onChange={(e) => setBulkStatus(e.target.value as DecisionStatus)}
                  >
                    {(['accepted', 'declined', 'hold'] as const).map((status) => (
                      <option key={status} value={status}>
                        {t(`status.${status}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="btn" data-testid="bulk-apply" onClick={() => void applyBulk()}>
                  {t('bulkApply')}
                </button>
                <button type="button" className="small" onClick={() => setSelected(new Set())}>
                  {t('bulkClear')}
                </button>
              </div>
            ) : null}
            <JournalList
              rows={shown}
              today={today}
              onOpen={setOpenId}
              selected={selected}
              onToggle={toggle}
              empty={total === 0}
              focusRequest={focusRequest}
              onRowFocus={setActive}
            />
            {total === 0 && profile && profile.skills.length === 0 ? (
              <p className="empty-state journal-setup" data-testid="journal-setup">
                {t('journalSetUp')}{' '}
                <a className="settings-link" href="/welcome.html" target="_blank" rel="noreferrer noopener">
                  {t('journalSetUpLink')}
                </a>
              </p>
            ) : null}
          </>
        ) : null}
      </main>
    </div>
  );
}
