import { createDefaultProfile, type Profile, profileSchema } from '../schema/profile';
import { JournalError, PROFILE_KEY, read, write } from './open';

/** The saved profile, or a default one when none was saved yet. */
export function getProfile(): Promise<Profile> {
  return read(async (db) => {
    const stored = await db.get('profile', PROFILE_KEY);
    const parsed = profileSchema.safeParse(stored ?? {});
    return parsed.success ? parsed.data : createDefaultProfile();
  });
}

/** Saves the profile after validating it. */
export async function saveProfile(profile: Profile): Promise<Profile> {
  const parsed = profileSchema.safeParse(profile);
  if (!parsed.success) throw new JournalError('invalid', `Invalid profile: ${parsed.error.issues[0]?.message}`);
  return write(async (db) => {
    await db.put('profile', parsed.data, PROFILE_KEY);
    return parsed.data;
  });
}
