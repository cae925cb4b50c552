import type { ImportPreview } from '@/utils/portfolio/import';
import { useT } from './i18n-context';

interface Props {
  fileName: string;
  preview: ImportPreview;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** What an import would do, before it does anything: new, updated, kept and unreadable records. */
export function ImportPreviewView({ fileName, preview, busy, onApply, onCancel }: Props) {
  const t = useT();
  const writes = preview.added.length + preview.updated.length;
  return (
    <section className="import-preview" data-testid="import-preview" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading', { file: fileName })}</h2>
      <ul className="import-counts">
        <li data-testid="import-added">{t('importAdded', { count: preview.added.length })}</li>
        <li data-testid="import-updated">{t('importUpdated', { count: preview.updated.length })}</li>
        <li data-testid="import-unchanged">{t('importUnchanged', { count: preview.unchanged.length })}</li>
        <li data-testid="import-invalid">{t('importInvalid', { count: preview.invalid.length })}</li>
      </ul>
      {preview.invalid.length ? (
        <details>
          <summary>{t('importInvalidWhy')}</summary>
          <ul className="import-reasons">
            {preview.invalid.slice(0, 20).map((entry) => (
              <li key={entry.index}>{t('importInvalidEntry', { index: entry.index + 1, reason: entry.reason })}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="muted">{t('importMergeRule')}</p>
      <div className="row">
        <button
          type="button"
          className="btn primary"
          data-testid="import-apply"
          disabled={busy || writes === 0}
          onClick={onApply}
        >
          {t('importApply', { count: writes })}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </section>
  );
}
