import type { LiabilityFlagId } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
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
}

/** The four questions, in the order a freelancer weighs them. */
export function ChecklistView({ checklist, onChange, onQuote, muted, communityVia, onMute, skillLabel }: Props) {
  return (
    <div className="checklist">
      <CommunityTieSection checklist={checklist} onChange={onChange} onQuote={onQuote} via={communityVia} />
      <SkillMatchSection checklist={checklist} onChange={onChange} onQuote={onQuote} skillLabel={skillLabel} />
      <RemoteSection checklist={checklist} onChange={onChange} onQuote={onQuote} />
      <LiabilitySection checklist={checklist} onChange={onChange} onQuote={onQuote} muted={muted} onMute={onMute} />
    </div>
  );
}
