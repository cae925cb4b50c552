import { useT } from './i18n-context';

/** The journal's one notice: an info line (status) or an error (alert), with undo after a deletion. */
export function NoticeBar({
  kind,
  text,
  onUndo,
}: {
  kind: 'info' | 'error';
  text: string;
  /** Present when the notice can be undone. */
  onUndo?: () => void;
}) {
  const t = useT();
  return (
    <div className={kind === 'error' ? 'error' : 'notice'} role={kind === 'error' ? 'alert' : 'status'}>
      <span>{text}</span>
      {onUndo ? (
        <button type="button" className="small" data-testid="undo-delete" onClick={onUndo}>
          {t('undo')}
        </button>
      ) : null}
    </div>
  );
}
