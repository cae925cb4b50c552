import { useRef } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { useT } from './i18n-context';

/** The formats of "Export this view": what is written, its test id, its label. */
const VIEW_EXPORTS = [
  ['json', 'export-view-json', 'exportViewJson'],
  ['csv', 'export-csv', 'exportCsv'],
  ['resume', 'export-resume', 'exportResume'],
] as const satisfies readonly (readonly [string, string, MessageKey])[];

export type ViewExportFormat = (typeof VIEW_EXPORTS)[number][0];

/** "Export this view": a small menu of formats; choosing one closes it. */
export function ViewExportMenu({ onExport }: { onExport: (as: ViewExportFormat) => void }) {
  const t = useT();
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details
      className="view-export"
      data-testid="export-view"
      ref={menu}
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
            onClick={() => {
              menu.current?.removeAttribute('open');
              onExport(as);
            }}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </details>
  );
}
