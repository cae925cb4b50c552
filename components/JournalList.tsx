import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { formatDay } from '@/utils/i18n';
import { isDue, type JournalRow } from '@/utils/journal/query';
import { useT } from './i18n-context';

interface Props {
  rows: readonly JournalRow[];
  today: string;
  onOpen: (id: string) => void;
  selected?: ReadonlySet<string>;
  onToggle?: (id: string) => void;
  /** Shown when the journal is empty (not when filters hide everything). */
  empty?: boolean;
  /** Moves the keyboard focus to a row (scrolled into view); a new `seq` asks again for the same row. */
  focusRequest?: { index: number; seq: number } | null;
  /** A row took the focus (by click, Tab or a key). */
  onRowFocus?: (index: number) => void;
}

/** Roughly one row's height; the virtualizer measures the real ones. */
const ROW_ESTIMATE = 76;
/** The size assumed before layout (the first frame, or a DOM without layout): a side panel's screenful. */
const FALLBACK_RECT = { width: 360, height: 800 };

/** Reports the scroller's size as it changes; a size of zero (no layout yet) counts as a screenful. */
function observeSize(
  instance: { scrollElement: Element | null },
  report: (rect: { width: number; height: number }) => void,
): () => void {
  const element = instance.scrollElement;
  if (!element) return () => undefined;
  const measure = () =>
    report(element.clientHeight > 0 ? { width: element.clientWidth, height: element.clientHeight } : FALLBACK_RECT);
  measure();
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The decisions that match, in order. Only the rows in view are in the DOM, so ten thousand decisions
 * scroll as smoothly as ten.
 */
export function JournalList({ rows, today, onOpen, selected, onToggle, empty, focusRequest, onRowFocus }: Props) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    observeElementRect: observeSize,
    // A row without layout (before the first paint) keeps its estimate instead of collapsing to zero.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request moves the focus, not a re-render
  useEffect(() => {
    if (!focusRequest || focusRequest.index >= rows.length) return;
    const { index } = focusRequest;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row may be rendered only after the scroll: look for it on the next frames.
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] .journal-item`);
      if (row) row.focus();
      else if (++tries < 20) frame = requestAnimationFrame(focus);
    };
    frame = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);
  if (rows.length === 0) return <p className="empty">{t(empty ? 'journalEmpty' : 'journalNoMatch')}</p>;
  return (
    <div className="journal-scroll" ref={scroller} data-testid="journal-scroll">
      <ul className="journal-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const d = rows[item.index] as JournalRow;
          const due = isDue(d, today);
          return (
            <li
              key={d.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="journal-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {onToggle ? (
                <input
                  type="checkbox"
                  className="row-select"
                  aria-label={t('selectDecision', { title: d.title })}
                  checked={selected?.has(d.id) ?? false}
                  onChange={() => onToggle(d.id)}
                />
              ) : null}
              <button
                type="button"
                className="journal-item"
                data-testid="journal-item"
                data-status={d.status}
                onClick={() => onOpen(d.id)}
                onFocus={() => onRowFocus?.(item.index)}
              >
                <span className="item-top">
                  <span className="item-title" data-testid="journal-item-title">
                    {d.title}
                  </span>
                  {due ? <span className="status due">{t('dueBadge')}</span> : null}
                  <span className={`status ${d.status}`}>{t(`status.${d.status}`)}</span>
                </span>
                <span className="item-meta">
                  <span>{d.site}</span>
                  {d.client ? <span>{d.client}</span> : null}
                  <span>{t('decidedOnShort', { date: formatDay(d.updatedAt) })}</span>
                  {d.status === 'hold' && d.followUpAt ? <span>{t('followUpOn', { date: d.followUpAt })}</span> : null}
                  {d.status === 'declined' && d.declineReasons.length ? (
                    <span className="item-reasons">{d.declineReasons.map((r) => t(`reason.${r}`)).join(' · ')}</span>
                  ) : null}
                  {d.tags.map((tag) => (
                    <span key={tag} className="tag">
                      #{tag}
                    </span>
                  ))}
                </span>
                {d.note ? <span className="item-note">{d.note}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
