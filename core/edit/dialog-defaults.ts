import type { CastMember, DialogNode, Mission } from '../format/mission.types';

/** Who speaks in a new dialog when the mission has no cast yet: one contact, to be renamed in the Cast tab. */
const FIRST_SPEAKER: CastMember = { id: 'contact', name: 'Contact' };

/**
 * A new dialog that is valid as it is made: its speaker is the mission's first cast member, and when the cast is
 * empty a new member (returned in `cast`, to be added in the same step), so a dialog never names nobody.
 */
export function withDialogDefaults(mission: Mission, node: DialogNode): { node: DialogNode; cast: CastMember[] } {
  const speaker = mission.cast[0] ?? FIRST_SPEAKER;
  const cast = mission.cast.length === 0 ? [{ ...FIRST_SPEAKER }] : [];
  return { node: { ...node, data: { ...node.data, speaker: speaker.id } }, cast };
}
