import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  help: string;
  /** A short status shown beside the title, e.g. "2 of 5" or "3 flags". */
  summary?: ReactNode;
  tone?: 'ok' | 'warn' | 'bad' | 'neutral';
  children: ReactNode;
}

/** One checklist section with its question. */
export function Section({ id, title, help, summary, tone = 'neutral', children }: Props) {
  return (
    <section className={`section tone-${tone}`} data-testid={`section-${id}`} aria-labelledby={`h-${id}`}>
      <header className="section-head">
        <h2 id={`h-${id}`}>{title}</h2>
        {summary !== undefined ? <span className="summary">{summary}</span> : null}
      </header>
      <p className="help">{help}</p>
      {children}
    </section>
  );
}
