import { useMemo, useState } from 'react';
import { buildDraft, findQuestion, openItems } from '@/utils/questions';
import type { Lang } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
import { ClientReplyForm } from './ClientReplyForm';
import { DraftMessage } from './DraftMessage';
import { useLocale, useT } from './i18n-context';
import { QuestionList } from './QuestionList';
import { Section } from './Section';
import type { ClientReplies } from './use-client-replies';

interface Props {
  /** The offer as read with the client's replies (see ./use-client-replies.ts). */
  client: Pick<ClientReplies, 'analysis' | 'text' | 'replies' | 'answered' | 'addReply'>;
  checklist: Checklist;
  clientName?: string;
  /** Makes the message the decision's note; returns the follow-up date set for the reply. */
  onUseAsNote(draft: string): string;
  /** Puts text on the clipboard; the browser's own by default. */
  copy?(text: string): Promise<void>;
}

/**
 * What the offer leaves open, as questions for the client in the offer's language, each with why it
 * matters; the ticked ones become a polite message to copy, and the client's reply is read back in.
 */
export function QuestionsSection({ client, checklist, clientName, onUseAsNote, copy }: Props) {
  const { analysis, text, replies, answered } = client;
  const t = useT();
  const locale = useLocale();
  const items = useMemo(() => openItems(analysis, { text }, checklist), [analysis, text, checklist]);
  const [lang, setLang] = useState<Lang>(analysis.lang);
  // Only the user's own ticks are kept; every other item follows its entry's default.
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const ticked = items.filter((item) => touched[item.id] ?? item.entry.preselect).map((item) => item.id);
  const tickedKey = ticked.join(',');
  const draft = useMemo(() => buildDraft(tickedKey.split(','), lang, clientName), [tickedKey, lang, clientName]);

  return (
    <Section
      id="questions"
      title={t('questions.heading')}
      help={t('questions.help')}
      summary={t('questions.count', { count: items.length })}
      tone={items.length ? 'warn' : 'ok'}
    >
      <fieldset className="choices questions-lang">
        <legend>{t('questions.lang')}</legend>
        {(['en', 'ja'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="questions-lang"
              data-testid={`questions-lang-${option}`}
              checked={lang === option}
              onChange={() => setLang(option)}
            />
            {t(option === 'en' ? 'questions.langEn' : 'questions.langJa')}
          </label>
        ))}
      </fieldset>
      {items.length ? (
        <QuestionList
          items={items}
          lang={lang}
          reasonLang={locale}
          ticked={ticked}
          onTick={(id, on) => setTouched((current) => ({ ...current, [id]: on }))}
        />
      ) : (
        <p className="muted" data-testid="questions-none">
          {t('questions.none')}
        </p>
      )}
      {answered.length ? (
        <div className="questions-answered" data-testid="questions-answered">
          <p>{t('questions.answered')}</p>
          <ul>
            {answered.map((id) => (
              <li key={id} data-question={id}>
                {findQuestion(id)?.question[lang] ?? id}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {items.length ? (
        <DraftMessage key={draft} draft={draft} lang={lang} onUseAsNote={onUseAsNote} copy={copy} />
      ) : null}
      <ClientReplyForm replies={replies} answeredCount={answered.length} onReply={client.addReply} />
    </Section>
  );
}
