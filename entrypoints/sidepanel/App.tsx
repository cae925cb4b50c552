import { useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { BulkBar } from '@/components/BulkBar';
import { DecisionDetail } from '@/components/DecisionDetail';
import { I18nProvider } from '@/components/I18nProvider';
import { ImportPreviewView } from '@/components/ImportPreviewView';
import { InsightsView } from '@/components/InsightsView';
import { useLocale, useT } from '@/components/i18n-context';
import { JournalFilters } from '@/components/JournalFilters';
import { JournalHeader } from '@/components/JournalHeader';
import { JournalList } from '@/components/JournalList';
import { useJournalKeys } from '@/components/keyboard';
import { NoticeBar } from '@/components/NoticeBar';
import { type PastedOffer, PasteForm } from '@/components/PasteForm';
import { Screening } from '@/components/Screening';
import { ViewExportMenu } from '@/components/ViewExportMenu';
import { formatDay } from '@/utils/i18n';
import { insightsOf } from '@/utils/journal/insights';
import { facets, isDue, type JournalQuery, queryJournal } from '@/utils/journal/query';
import type { ImportPreview } from '@/utils/portfolio/import';
import type { Profile } from '@/utils/schema/profile';
import { createSkillLabeler } from '@/utils/skill-labels';
import { resolveLocale } from '@/utils/ui-locale';
import { type PastedScreen, panelActions, screenPasted } from './pasted';
import { useBulk } from './use-bulk';
import { useEdits } from './use-edits';
import { useExport } from './use-export';
import { type PageScreen, screenCapture, useHiddenLauncherOffer } from './use-hidden-launcher';
import { useImport } from './use-import';
import { useJournalRows, useOpenDecision } from './use-journal';
import { useNotices } from './use-notices';
import { useProfile } from './use-profile';

type View =
  | { name: 'journal' }
  | { name: 'paste'; pasted?: PastedOffer }
  | ({ name: 'screen' } & PastedScreen)
  | ({ name: 'page' } & PageScreen)
  | { name: 'import'; fileName: string; preview: ImportPreview };

/** The side panel: the decision journal, newest first, with edit, delete/undo and export. */
export function App() {
  const profile = useProfile();
  return (
    <I18nProvider locale={resolveLocale(profile?.uiLanguage)}>
      <Journal profile={profile} />
    </I18nProvider>
  );
}

/** The journal's screens: the list, an open decision, a pasted offer, an import preview. */
function Journal({ profile }: { profile: Profile | null }) {
  const t = useT();
  const locale = useLocale();
  const skillLabel = useMemo(() => createSkillLabeler(locale), [locale]);
  const notices = useNotices();
  const { rows, total, complete, reload, prepared } = useJournalRows(notices.error);
  // A reminder notification opens the journal at its decision (#decision=<id>).
  const [openId, setOpenId] = useState<string | null>(
    () => new URLSearchParams(location.hash.slice(1)).get('decision') || null,
  );
  const open = useOpenDecision(openId, rows, notices.error);
  const [view, setView] = useState<View>({ name: 'journal' });
  const [query, setQuery] = useState<JournalQuery>({ sort: 'newest' });
  const today = formatDay(new Date());

  // A page that hides the launcher: its checklist shows here.
  useHiddenLauncherOffer((capture) => {
    screenCapture(capture).then((screened) => setView({ name: 'page', ...screened }), notices.failed);
  });

  const screen = async (pasted: PastedOffer) => {
    try {
      setView({ name: 'screen', ...(await screenPasted(pasted)) });
      notices.clear();
    } catch (error) {
      notices.failed(error);
    }
  };

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

  const bulk = useBulk({ notices, onChanged: reload });
  const edits = useEdits({ notices, onChanged: reload, onDeleted: () => setOpenId(null) });
  const exports = useExport({ profile, rows, shown, prepared, skillLabel, notices });
  const imports = useImport({
    notices,
    onPreview: (fileName, preview) => setView({ name: 'import', fileName, preview }),
    onImported: () => {
      setView({ name: 'journal' });
      reload();
    },
  });

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

  const { notice } = notices;
  const undone = notice?.undo;
  return (
    <div className="journal">
      <JournalHeader
        total={rows ? total : null}
        helpOpen={helpOpen}
        onHelpOpen={setHelpOpen}
        onPaste={() => {
          setOpenId(null);
          setView({ name: 'paste' });
        }}
        onImport={(file) => void imports.choose(file)}
        onExport={() => void exports.exportLog()}
      />
      <main className="journal-body">
        {notice ? (
          <NoticeBar
            kind={notice.kind}
            text={notice.text}
            onUndo={undone ? () => void edits.undo(undone) : undefined}
          />
        ) : null}
        {exports.remind && view.name === 'journal' && !openId ? (
          <p className="notice" data-testid="export-reminder">
            {t('exportReminder', { count: exports.unexported })}
          </p>
        ) : null}
        {view.name === 'import' ? (
          <ImportPreviewView
            fileName={view.fileName}
            preview={view.preview}
            busy={imports.busy}
            onApply={() => void imports.apply(view.preview)}
            onCancel={() => setView({ name: 'journal' })}
          />
        ) : view.name === 'paste' ? (
          <PasteForm
            initial={view.pasted}
            onSubmit={(pasted) => void screen(pasted)}
            onCancel={() => setView({ name: 'journal' })}
          />
        ) : view.name === 'page' ? (
          <PanelScreening screened={view} testId="page-screening" onSaved={() => reload()}>
            <button type="button" className="btn" onClick={() => setView({ name: 'journal' })}>
              {t('backToList')}
            </button>
          </PanelScreening>
        ) : view.name === 'screen' ? (
          <PanelScreening screened={view} testId="pasted-screening" onSaved={() => reload()}>
            <button type="button" className="btn" onClick={() => setView({ name: 'paste', pasted: view.pasted })}>
              {t('backToList')}
            </button>
            <button type="button" className="btn" onClick={() => setView({ name: 'paste' })}>
              {t('pasteAgain')}
            </button>
          </PanelScreening>
        ) : openId && open ? (
          <DecisionDetail
            key={open.id}
            decision={open}
            mutedFlags={profile?.mutedFlags ?? []}
            onBack={() => {
              setOpenId(null);
              if (active >= 0) focusRow(active);
            }}
            onSave={(next) => void edits.save(next)}
            onDelete={() => void edits.remove(open)}
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
              <ViewExportMenu onExport={(as) => void exports.exportView(as)} />
            </div>
            {insights ? <InsightsView insights={insights} /> : null}
            {bulk.selected.size ? (
              <BulkBar
                count={bulk.selected.size}
                status={bulk.status}
                onStatus={bulk.setStatus}
                onApply={() => void bulk.apply()}
                onClear={bulk.clear}
              />
            ) : null}
            <JournalList
              rows={shown}
              today={today}
              onOpen={setOpenId}
              selected={bulk.selected}
              onToggle={bulk.toggle}
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

/** An offer screened in the panel (pasted, or from a page that hides the launcher), under its own buttons. */
function PanelScreening({
  screened,
  testId,
  onSaved,
  children,
}: {
  screened: PageScreen;
  testId: string;
  onSaved: () => void;
  children: React.ReactNode;
}) {
  return (
    <div className="pasted-screening" data-testid={testId}>
      <div className="row">{children}</div>
      <Screening
        key={screened.capture.key}
        actions={panelActions}
        capture={screened.capture}
        profile={screened.profile}
        analysis={screened.analysis}
        existing={screened.existing}
        capacity={screened.capacity}
        settingsUrl={browser.runtime.getURL('/options.html')}
        onSaved={onSaved}
      />
    </div>
  );
}
