import { describe, expect, it } from 'vitest';
import { addSkill, resetSection, setCommunityTie, setFlag, setRemote, toggleSkill } from '../../utils/checklist-edit';
import { makeChecklist } from './fixtures';

describe('checklist edits keep the suggestion and mark the source', () => {
  it('a changed community tie is the user’s; choosing the suggestion again is automatic', () => {
    const changed = setCommunityTie(makeChecklist(), 'referral');
    expect(changed.communityTie).toMatchObject({ value: 'referral', source: 'user', suggested: 'platform' });
    expect(setCommunityTie(changed, 'platform').communityTie.source).toBe('auto');
  });

  it('moves a skill between matched and missing and adds new ones once', () => {
    const moved = toggleSkill(makeChecklist(), 'shopify');
    expect(moved.skillMatch.value).toEqual({ matched: ['react', 'shopify'], missing: [] });
    expect(moved.skillMatch.source).toBe('user');
    const added = addSkill(moved, ' Figma ', false);
    expect(added.skillMatch.value.missing).toEqual(['figma']);
    expect(addSkill(added, 'figma', true)).toBe(added);
  });

  it('resets a section to the engine’s suggestion', () => {
    const changed = setRemote(makeChecklist(), { mode: 'onsite', hours: '9-18', timeZone: null });
    expect(changed.remote.source).toBe('user');
    const reset = resetSection(changed, 'remote');
    expect(reset.remote.value).toEqual({ mode: 'full', hours: null, timeZone: 'JST' });
    expect(reset.remote.source).toBe('auto');
  });

  it('sets a flag the engine did not list, and clears one it raised', () => {
    const withIp = setFlag(makeChecklist(), 'ipTransfer', true);
    expect(withIp.liability.ipTransfer).toMatchObject({ value: true, source: 'user', suggested: null });
    const cleared = setFlag(withIp, 'unlimitedDamages', false);
    expect(cleared.liability.unlimitedDamages).toMatchObject({ value: false, source: 'user', suggested: true });
  });
});
