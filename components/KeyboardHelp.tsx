import { Fragment, useId } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { useT } from './i18n-context';

export interface KeyRow {
  /** Alternatives for the same action, e.g. ['↑ ↓', 'j k']. */
  keys: readonly string[];
  label: MessageKey;
}

interface Props {
  rows: readonly KeyRow[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  testId: string;
  /** The button sits on the dark title bar. */
  onDark?: boolean;
}

/** A `?` button and the short list of keys it shows, where the user looks for them. */
export function KeyboardHelp({ rows, open, onOpenChange, testId, onDark = false }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="keyboard-help">
      <button
        type="button"
        className={onDark ? 'help-button on-dark' : 'help-button'}
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('keyboardButton')}
        title={t('keyboardButton')}
        data-testid={`${testId}-button`}
        onClick={() => onOpenChange(!open)}
      >
        ?
      </button>
      {open ? (
        <section id={id} className="keyboard-popover" aria-label={t('keyboardTitle')} data-testid={testId}>
          <h2>{t('keyboardTitle')}</h2>
          <dl>
            {rows.map((row) => (
              <div key={row.label}>
                <dt>
                  {row.keys.map((key, i) => (
                    <Fragment key={key}>
                      {i > 0 ? <span className="key-or"> {t('key.or')} </span> : null}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </dt>
                <dd className="key-label">{t(row.label)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
