import { setFlag } from '@/utils/checklist-edit';
import { type LiabilityFlagId, liabilityFlagIds } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
import { CertaintyBadge } from './AnswerMeta';
import { EvidenceList } from './EvidenceList';
import { useT } from './i18n-context';
import { Section } from './Section';

interface Props {
  checklist: Checklist;
  onChange?: (next: Checklist) => void;
  onQuote?: (quote: string) => void;
  /** Flag types the user muted: listed last, greyed, and not counted. */
  muted?: readonly LiabilityFlagId[];
  /** Mutes or unmutes a flag type for every offer; absent where muting is not offered. */
  onMute?: (flag: LiabilityFlagId, muted: boolean) => void;
}

/** Question 4: who carries the risk? One yes/no per exposure, raised ones first with their quotes. */
export function LiabilitySection({ checklist, onChange, onQuote, muted = [], onMute }: Props) {
  const t = useT();
  const raised = liabilityFlagIds.filter((id) => checklist.liability[id]?.value && !muted.includes(id));
  const order = [
    ...raised,
    ...liabilityFlagIds.filter((id) => !raised.includes(id) && !muted.includes(id)),
    ...liabilityFlagIds.filter((id) => muted.includes(id)),
  ];
  const tone = raised.length === 0 ? 'ok' : raised.length > 2 ? 'bad' : 'warn';
  return (
    <Section
      id="liability"
      title={t('section.liability')}
      help={t('section.liability.help')}
      summary={`${raised.length}`}
      tone={tone}
    >
      {checklist.intermediary ? (
        <div className="intermediary" data-testid="intermediary" data-value={checklist.intermediary.value}>
          <span className="flag-name">{t('intermediaryLabel')}:</span>{' '}
          <strong>{t(`intermediary.${checklist.intermediary.value}`)}</strong>{' '}
          {checklist.intermediary.source === 'auto' ? (
            <CertaintyBadge certainty={checklist.intermediary.certainty} />
          ) : null}
          <EvidenceList evidence={checklist.intermediary.evidence} onQuote={onQuote} max={1} />
        </div>
      ) : null}
      <ul className="flags">
        {order.map((id) => {
          const answer = checklist.liability[id];
          const on = answer?.value ?? false;
          const isMuted = muted.includes(id);
          return (
            <li key={id} className={`flag${on ? ' on' : ''}${isMuted ? ' muted' : ''}`} data-flag={id}>
              <label className="flag-row">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={on}
                  checked={on}
                  disabled={!onChange}
                  onChange={(e) => onChange?.(setFlag(checklist, id, e.target.checked))}
                />
                <span className="flag-name">{t(`flag.${id}`)}</span>
                <span className="flag-value">{on ? t('flagYes') : t('flagNo')}</span>
                {answer?.source === 'user' ? (
                  <span className="badge user">{t('youChanged')}</span>
                ) : answer && (on || answer.certainty === 'likely') ? (
                  <CertaintyBadge certainty={answer.certainty} />
                ) : null}
              </label>
              {onMute ? (
                <button
                  type="button"
                  className="mute"
                  data-testid={`mute-${id}`}
                  aria-pressed={isMuted}
                  title={isMuted ? t('unmuteFlag') : t('muteFlag')}
                  aria-label={`${isMuted ? t('unmuteFlag') : t('muteFlag')}: ${t(`flag.${id}`)}`}
                  onClick={() => onMute(id, !isMuted)}
                >
                  {isMuted ? t('unmuteFlag') : t('muteFlag')}
                </button>
              ) : null}
              {on && answer ? <EvidenceList evidence={answer.evidence} onQuote={onQuote} max={2} /> : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
