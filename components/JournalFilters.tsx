import type { Ref } from 'react';
import type { MessageKey } from '@/utils/i18n';
import type { JournalQuery, JournalSort } from '@/utils/journal/query';
import { liabilityFlagIds, verdictLevelSchema } from '@/utils/schema/analysis';
import { DECLINE_REASONS, decisionStatusSchema } from '@/utils/schema/decision';
import { useT } from './i18n-context';

interface Props {
  query: JournalQuery;
  sites: readonly string[];
  tags: readonly string[];
  onChange: (next: JournalQuery) => void;
  /** The search box, for the `/` key. */
  searchRef?: Ref<HTMLInputElement>;
}

const SORTS: JournalSort[] = ['newest', 'oldest', 'updated', 'follow-up'];

/** Search box, filter menus and sort for the journal. */
export function JournalFilters({ query, sites, tags, onChange, searchRef }: Props) {
  const t = useT();
  const set = (patch: Partial<JournalQuery>) => onChange({ ...query, ...patch });
  const select = <V extends string>(
    label: MessageKey,
    value: V | undefined,
    options: readonly { value: V; label: string }[],
    patch: (value: V | 'all') => Partial<JournalQuery>,
    testId: string,
  ) => (
    <label className="filter">
      <span>{t(label)}</span>
      <select data-testid={testId} value={value ?? 'all'} onChange={(e) => set(patch(e.target.value as V | 'all'))}>
        <option value="all">{t('filterAll')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const filtered = Boolean(
    query.text ||
      (query.status && query.status !== 'all') ||
      (query.site && query.site !== 'all') ||
      (query.level && query.level !== 'all') ||
      (query.flag && query.flag !== 'all') ||
      (query.reason && query.reason !== 'all') ||
      (query.tag && query.tag !== 'all') ||
      query.from ||
      query.to,
  );
  return (
    <search className="journal-filters">
      <input
        ref={searchRef}
        type="search"
        className="journal-search"
        data-testid="journal-search"
        placeholder={`${t('journalSearch')}  /`}
        aria-label={t('journalSearch')}
        value={query.text ?? ''}
        onChange={(e) => set({ text: e.target.value })}
      />
      <details className="filter-menu">
        <summary>{t('journalFilters')}</summary>
        <div className="filter-grid">
          {select(
            'filterStatus',
            query.status,
            decisionStatusSchema.options.map((s) => ({ value: s, label: t(`status.${s}`) })),
            (status) => ({ status }),
            'filter-status',
          )}
          {select(
            'filterSite',
            query.site,
            sites.map((s) => ({ value: s, label: s })),
            (site) => ({ site }),
            'filter-site',
          )}
          {select(
            'filterLevel',
            query.level,
            verdictLevelSchema.options.map((l) => ({ value: l, label: t(`verdict.${l}`) })),
            (level) => ({ level }),
            'filter-level',
          )}
          {select(
            'filterFlag',
            query.flag,
            liabilityFlagIds.map((f) => ({ value: f, label: t(`flag.${f}`) })),
            (flag) => ({ flag }),
            'filter-flag',
          )}
          {select(
            'filterReason',
            query.reason,
            DECLINE_REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) })),
            (reason) => ({ reason }),
            'filter-reason',
          )}
          {tags.length
            ? select(
                'filterTag',
                query.tag,
                tags.map((tag) => ({ value: tag, label: `#${tag}` })),
                (tag) => ({ tag }),
                'filter-tag',
              )
            : null}
          <label className="filter">
            <span>{t('filterFrom')}</span>
            <input type="date" value={query.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
          </label>
          <label className="filter">
            <span>{t('filterTo')}</span>
            <input type="date" value={query.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
          </label>
          <label className="filter">
            <span>{t('sortLabel')}</span>
            <select
              data-testid="journal-sort"
              value={query.sort ?? 'newest'}
              onChange={(e) => set({ sort: e.target.value as JournalSort })}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {filtered ? (
          <button type="button" className="small" onClick={() => onChange({ sort: query.sort })}>
            {t('clearFilters')}
          </button>
        ) : null}
      </details>
    </search>
  );
}
