import { type Capacity, capacityOf, workOf } from './capacity';
import { getProfile, listJournalRows } from './db';
import type { Profile } from './schema/profile';

/**
 * Weekly hours available against accepted work not yet delivered, from the journal and the profile (read
 * beside the journal when not given). For the background and the side panel; the database computes nothing.
 */
export async function readCapacity(profile?: Profile): Promise<Capacity> {
  const [known, work] = await Promise.all([profile ?? getProfile(), listJournalRows(workOf)]);
  return capacityOf(work, known.preferences.weeklyHours);
}
