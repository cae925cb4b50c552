import type { Profile } from '@/utils/schema/profile';

/** What every section of the profile form gets: the draft and a way to change part of it. */
export interface SectionProps {
  draft: Profile;
  update: (patch: Partial<Profile>) => void;
}
