import type { UnjudgedPart } from '@/utils/analysis/verdict';
import type { LiabilityFlagId } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
import type { TrustSignals } from '@/utils/schema/offer';
import { CommunityTieSection } from './CommunityTieSection';
import { LiabilitySection } from './LiabilitySection';
import { RemoteSection } from './RemoteSection';
import { SkillMatchSection } from './SkillMatchSection';

interface Props {
  checklist: Checklist;
  /** Absent: read-only (a recorded decision shown in the journal). */
  onChange?: (next: Checklist) => void;
  onQuote?: (quote: string) => void;
  muted?: readonly LiabilityFlagId[];
  communityVia?: string | null;
  onMute?: (flag: LiabilityFlagId, muted: boolean) => void;
  skillLabel?: (id: string) => string;
  /** Missing skills the profile partly covers, with the profile skill that comes close. */
  skillPartialVia?: Readonly<Record<string, string>>;
  /** What the site shows about the client, shown under the community tie. */
  trust?: TrustSignals;
  /** Parts the profile gives nothing to judge against yet; shown as such, not as a bad answer. */
  unjudged?: readonly UnjudgedPart[];
  settingsUrl?: string;
}

/** The four questions, in the order a freelancer weighs them. */
export function ChecklistView({
  checklist,
  onChange,
  onQuote,
  muted,
  communityVia,
  onMute,
  skillLabel,
  skillPartialVia,
  trust,
  unjudged = [],
  settingsUrl,
}: Props) {
  return (
    <div className="checklist">
      <CommunityTieSection
        checklist={checklist}
        onChange={onChange}
        onQuote={onQuote}
        via={communityVia}
        trust={trust}
        unjudged={unjudged.includes('communityTie')}
        settingsUrl={settingsUrl}
      />
      <SkillMatchSection
        checklist={checklist}
        onChange={onChange}
        onQuote={onQuote}
        skillLabel={skillLabel}
        unjudged={unjudged.includes('skillMatch')}
        settingsUrl={settingsUrl}
        partialVia={skillPartialVia}
      />
      <RemoteSection checklist={checklist} onChange={onChange} onQuote={onQuote} />
      <LiabilitySection checklist={checklist} onChange={onChange} onQuote={onQuote} muted={muted} onMute={onMute} />
    </div>
  );
}
