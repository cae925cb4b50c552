import { describe, expect, it } from 'vitest';
import { setFlagMuted, splitList } from '../../utils/profile-edit';

describe('setFlagMuted', () => {
  it.each([
    [[], 'unlimitedDamages', true, ['unlimitedDamages']],
    [['ipTransfer', 'unlimitedDamages'], 'unlimitedDamages', true, ['ipTransfer', 'unlimitedDamages']],
    [['unlimitedDamages', 'ipTransfer'], 'unlimitedDamages', true, ['ipTransfer', 'unlimitedDamages']],
    [['unlimitedDamages', 'ipTransfer'], 'unlimitedDamages', false, ['ipTransfer']],
    [['ipTransfer'], 'unlimitedDamages', false, ['ipTransfer']],
  ] as const)('%j, mute %s = %s → %j', (flags, flag, muted, expected) => {
    expect(setFlagMuted(flags, flag, muted)).toEqual(expected);
  });
});

describe('splitList', () => {
  it('reads commas, Japanese commas and lines, dropping blanks', () => {
    expect(splitList('a, b、c\n\n d ,')).toEqual(['a', 'b', 'c', 'd']);
  });
});
