import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n-context';
import { countDecisions, getDecision, listDecisions, listJournalRows, onJournalChange } from '@/utils/db';
import { type JournalRow, toRow } from '@/utils/journal/query';
import { prepareDecisionLines } from '@/utils/portfolio/export';
import type { Decision } from '@/utils/schema/decision';
import { whenIdle } from './download';

/** Decisions read before the rest, so the panel shows its first screen at once. */
const FIRST_SCREEN = 40;

/** The export's decision lines, prepared for the journal as it was last loaded. */
export type PreparedExport = { body: Blob; count: number };

export interface JournalRows {
  /** Null until the first screenful is read. */
  rows: JournalRow[] | null;
  total: number;
  /** Every row is read (search and filters see the whole journal). */
  complete: boolean;
  reload(): void;
  /** The prepared export lines if they belong to the current load, else null. */
  prepared(): PreparedExport | null;
}

/**
 * The journal's rows, read in two steps: the newest screenful (a few records), then every row for
 * search and filters. Reloads on every change to the journal, from this panel or another page.
 */
export function useJournalRows(onError: (text: string) => void): JournalRows {
  const t = useT();
  const [rows, setRows] = useState<JournalRow[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [total, setTotal] = useState(0);
  const loads = useRef(0);
  /**
   * The export's decision lines, prepared in idle time from the read that loads the rows, so "Export"
   * only adds the envelope. It belongs to one load: any change to the journal starts a new load, and an
   * export before the new one is prepared reads the journal afresh.
   */
  const preparedRef = useRef<({ load: number } & PreparedExport) | null>(null);
  const reload = useCallback(() => {
    const load = ++loads.current;
    const failed = (error: unknown) => onError(t('loadFailed', { detail: String(error) }));
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
                preparedRef.current = { load, body, count: all.length };
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
  }, [t, onError]);

  useEffect(() => {
    reload();
    return onJournalChange(reload);
  }, [reload]);

  const prepared = useCallback(() => (preparedRef.current?.load === loads.current ? preparedRef.current : null), []);
  return { rows, total, complete, reload, prepared };
}

/**
 * The open decision, read in full only when it is opened (the list holds small rows), and read again
 * whenever the journal changes (`rows`).
 */
export function useOpenDecision(
  openId: string | null,
  rows: unknown,
  onError: (text: string) => void,
): Decision | null {
  const t = useT();
  const [open, setOpen] = useState<Decision | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read the open decision whenever the journal changes (rows)
  useEffect(() => {
    if (!openId) {
      setOpen(null);
      return;
    }
    let live = true;
    getDecision(openId).then(
      (decision) => live && setOpen(decision ?? null),
      (error: unknown) => live && onError(t('loadFailed', { detail: String(error) })),
    );
    return () => {
      live = false;
    };
  }, [openId, t, rows, onError]);
  return open;
}
