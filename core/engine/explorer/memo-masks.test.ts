import { describe, expect, it } from 'vitest';
import type { VariableDecl } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { buildMission, n } from '../test-fixtures';
import { buildMemoMasks } from './memo-masks';
import { StateCodec } from './state-codec';

const bool = (id: string): VariableDecl => ({ id, type: 'bool', initial: false });

/** A hub whose first option runs a branch on `b` then sets `a`; its second is once-only and needs `c`. */
function hubMission() {
  const mission = buildMission({
    nodes: [
      n.start('start'),
      n.hub(
        'hub',
        [
          { id: 'go', label: 'Go' },
          { id: 'look', label: 'Look', condition: 'c', once: true },
        ],
        { condition: '!visited("seen")' },
      ),
      n.branch('check', [{ id: 'yes', condition: 'b' }]),
      n.set('mark', ['a = true']),
      n.narration('seen'),
      n.dialog('talk', [{ id: 'ok', text: 'Fine.', condition: 'a || d' }]),
      n.end('done'),
    ],
    edges: [
      ['start', 'next', 'hub'],
      ['hub', 'go', 'check'],
      ['check', 'yes', 'mark'],
      ['check', 'else', 'seen'],
      ['mark', 'next', 'seen'],
      ['seen', 'next', 'talk'],
      ['hub', 'look', 'hub'],
      ['hub', 'continue', 'done'],
      ['talk', 'ok', 'done'],
    ],
    variables: [bool('a'), bool('b'), bool('c'), bool('d')],
    factions: ['federation'],
  });
  const cm = getCompiledMission(mission);
  const codec = new StateCodec(cm, new Map());
  const slot = (name: string): number => codec.slotBitsMask(cm.slotByName.get(name) ?? -1);
  const node = (id: string): number => cm.nodeIndexById.get(id) ?? -1;
  const port = (id: string, local: number): number => (cm.portStart[node(id)] as number) + local;
  return { cm, codec, masks: buildMemoMasks(cm, codec), slot, node, port };
}

describe('buildMemoMasks', () => {
  it('keys taking a port on what the automatic nodes after it read and the visited flags they may set', () => {
    const { cm, codec, masks, slot, port } = hubMission();
    const seen = codec.visitedBit(cm.trackIndex[cm.nodeIndexById.get('seen') ?? -1] as number);
    expect(seen).not.toBe(0);
    expect(masks.takeReads[port('hub', 0)]).toBe(slot('b') | seen);
  });

  it('leaves out variables a port never reads, and its own once-option', () => {
    const { masks, slot, codec, cm, port } = hubMission();
    const take = masks.takeReads[port('hub', 1)] as number;
    expect(take & (slot('a') | slot('c') | slot('d'))).toBe(0);
    expect(take & codec.onceBit(cm.portOnce[port('hub', 1)] as number)).toBe(0);
  });

  it('keys listing a node on the node, its conditions and its once-options', () => {
    const { cm, codec, masks, slot, node, port } = hubMission();
    const seen = codec.visitedBit(cm.trackIndex[node('seen')] as number);
    const once = codec.onceBit(cm.portOnce[port('hub', 1)] as number);
    expect(masks.listReads[node('hub')]).toBe(codec.nodeMask | slot('c') | seen | once);
    expect(masks.listReads[node('talk')]).toBe(codec.nodeMask | slot('a') | slot('d'));
  });
});
