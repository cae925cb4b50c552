import { useEffect, useState } from 'react';
import { getProfile } from '@/utils/db';
import type { Profile } from '@/utils/schema/profile';

/** The profile as the panel opened (its UI language, muted flags, skills); null if it cannot be read. */
export function useProfile(): Profile | null {
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(() => {
    getProfile().then(setProfile, () => setProfile(null));
  }, []);
  return profile;
}
