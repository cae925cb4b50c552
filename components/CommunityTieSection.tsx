import { resetSection, setCommunityTie } from '@/utils/checklist-edit';
import { communityTieSchema } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
import type { TrustSignals } from '@/utils/schema/offer';
import { AnswerMeta } from './AnswerMeta';
import { EvidenceList } from './EvidenceList';
import { useT } from './i18n-context';
import { Section } from './Section';
import { SettingsLink } from './SettingsLink';
import { TrustList } from './TrustList';

interface Props {
  checklist: Checklist;
  onChange?: (next: Checklist) => void;
  onQuote?: (quote: string) => void;
  via?: string | null;
  trust?: TrustSignals;
  /** No community or contact in the profile yet: a stranger cannot be told from a friend. */
  unjudged?: boolean;
  settingsUrl?: string;
}

/** Question 1: do I know this client, directly, by referral, or through a community? */
export function CommunityTieSection({ checklist, onChange, onQuote, via, trust, unjudged, settingsUrl }: Props) {
  const t = useT();
  const answer = checklist.communityTie;
  return (
    <Section id="communityTie" title={t('section.communityTie')} help={t('section.communityTie.help')}>
      <div className="choices" role="radiogroup" aria-label={t('section.communityTie')}>
        {communityTieSchema.options.map((tie) => (
          <label key={tie} className={answer.value === tie ? 'choice selected' : 'choice'}>
            <input
              type="radio"
              name="communityTie"
              value={tie}
              checked={answer.value === tie}
              disabled={!onChange}
              onChange={() => onChange?.(setCommunityTie(checklist, tie))}
            />
            {t(`tie.${tie}`)}
          </label>
        ))}
      </div>
      {unjudged ? (
        <p className="empty-state" data-testid="tie-unjudged">
          {t('tieNoProfile')} <SettingsLink href={settingsUrl} />
        </p>
      ) : null}
      {via ? <p className="via">{via}</p> : null}
      <AnswerMeta
        changed={answer.source === 'user'}
        suggestedLabel={answer.suggested ? t(`tie.${answer.suggested}`) : null}
        onReset={() => onChange?.(resetSection(checklist, 'communityTie'))}
      />
      <EvidenceList evidence={answer.evidence} onQuote={onQuote} />
      {trust ? <TrustList trust={trust} /> : null}
    </Section>
  );
}
