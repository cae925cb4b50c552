import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale, useT } from '@/components/i18n-context';
import type { ViewExportFormat } from '@/components/ViewExportMenu';
import { getMeta, getProfile, listDecisions, setMeta } from '@/utils/db';
import type { JournalRow } from '@/utils/journal/query';
import { csvFileName, decisionsToCsv } from '@/utils/portfolio/csv';
import { buildPortfolioEnvelope, decisionLines, portfolioFileName, portfolioLogParts } from '@/utils/portfolio/export';
import { resumeFileName, toJsonResume } from '@/utils/portfolio/resume';
import type { Profile } from '@/utils/schema/profile';
import { downloadBlob } from './download';
import type { PreparedExport } from './use-journal';
import type { Notices } from './use-notices';

/** After this many decisions not in any export, the journal reminds the user to export. */
export const EXPORT_REMINDER_AFTER = 20;
const LAST_EXPORT_KEY = 'last-export-at';

interface Options {
  profile: Profile | null;
  /** Every row of the journal, for the reminder's count. */
  rows: readonly JournalRow[] | null;
  /** The rows of the current filtered view, in the order shown. */
  shown: readonly JournalRow[];
  prepared: () => PreparedExport | null;
  skillLabel: (id: string) => string;
  notices: Notices;
}

const failedText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The exports: the whole portfolio log (from the lines prepared in idle time when they are current),
 * the current view in three formats, and how many decisions no export holds yet.
 */
export function useExport({ profile, rows, shown, prepared, skillLabel, notices }: Options) {
  const t = useT();
  const locale = useLocale();

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
      const ready = prepared();
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
      notices.info(t('exportDone', { count, file }));
      await setMeta(LAST_EXPORT_KEY, now.toISOString()).catch(() => undefined);
      setLastExport(now.toISOString());
    } catch (error) {
      notices.error(t('exportFailed', { detail: failedText(error) }));
    }
  };

  /**
   * The decisions in the current filtered view, in the order shown: as a portfolio log, as CSV for a
   * spreadsheet, or their delivered work as a JSON Resume.
   */
  const exportView = async (as: ViewExportFormat) => {
    try {
      const now = new Date();
      const byId = new Map((await listDecisions()).map((d) => [d.id, d]));
      const picked = shown.flatMap((row) => byId.get(row.id) ?? []);
      const current = profile ?? (await getProfile());
      if (as === 'csv') {
        const file = csvFileName(now);
        downloadBlob(new Blob([decisionsToCsv(picked)], { type: 'text/csv;charset=utf-8' }), file);
        notices.info(t('exportDone', { count: picked.length, file }));
      } else if (as === 'json') {
        const envelope = buildPortfolioEnvelope(current, { now, appVersion: browser.runtime.getManifest().version });
        const file = portfolioFileName(now);
        const parts = portfolioLogParts(envelope, decisionLines(picked), picked.length);
        downloadBlob(new Blob(parts, { type: 'application/json' }), file);
        notices.info(t('exportDone', { count: picked.length, file }));
      } else {
        const resume = toJsonResume(current, picked, { locale, skillLabel, now });
        if (resume.projects.length === 0) {
          notices.info(t('resumeEmpty'));
          return;
        }
        const file = resumeFileName(now);
        downloadBlob(new Blob([`${JSON.stringify(resume, null, 2)}\n`], { type: 'application/json' }), file);
        notices.info(t('resumeDone', { count: resume.projects.length, file }));
      }
    } catch (error) {
      notices.error(t('exportFailed', { detail: failedText(error) }));
    }
  };

  return { exportLog, exportView, unexported, remind: unexported >= EXPORT_REMINDER_AFTER };
}
