// Two (or three) windows with the real stores and pipeline, joined to one room relayed in memory: what each
// person sees as the others edit, undo, drop off and come back.
import { describe, expect, it } from 'vitest';
import { serializeMission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { allDiagnostics } from '../state/check-store';
import { historySteps } from '@mission-studio/core/edit';
import { canEdit, historyList, isDirty, undoLabels } from '../state/editor-store';
import { settle, testServices } from '../test-support/test-services';
import { createMemoryRoom } from './testing/memory-room';

const text = serializeMission(smallMission());

/** Waits for a condition the room's relaying and the pipeline make true (both answer within a few turns). */
async function until(what: string, condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

async function join(room: ReturnType<typeof createMemoryRoom>, name: string, token = 'edit') {
  const window = testServices(undefined, room.connect);
  window.store.getState().openText({ name: 'small.mission.json' }, text);
  await settle();
  expect(window.collab.connect({ url: 'ws://localhost:1234', room: 'small', token, name })).toBeNull();
  await until(`${name} to join`, () => window.collab.state.getState().connection !== 'connecting');
  return window;
}

type Window = Awaited<ReturnType<typeof join>>;
const title = (window: Window, id: string) => window.store.getState().doc?.mission.nodes.find((n) => n.id === id)?.title;
const retitle = (window: Window, id: string, to: string) => window.store.getState().edit({ kind: 'update-node', id, title: to });

describe('collaborating in a room', () => {
  it('shows each person the other’s edits, to the same node and to different ones, until both agree', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    const odo = await join(room, 'Odo');
    expect(kira.collab.state.getState().connection).toBe('connected');
    retitle(kira, 'win', 'Quark talks at last');
    retitle(odo, 'lose', 'Quark clams up');
    retitle(odo, 'talk', 'Odo asks');
    retitle(kira, 'talk', 'Kira asks');
    await until(
      'both to agree',
      () =>
        serializeMission(kira.store.getState().doc!.mission) === serializeMission(odo.store.getState().doc!.mission) &&
        title(odo, 'win') === 'Quark talks at last',
    );
    expect(title(kira, 'lose')).toBe('Quark clams up');
    // Both replaced the same title before seeing the other's: a merge by character keeps both, each whole.
    expect(['Odo asksKira asks', 'Kira asksOdo asks']).toContain(title(kira, 'talk'));
    // Someone else's edit is unsaved work here too (backed up as any edit).
    expect(isDirty(kira.store.getState())).toBe(true);
  });

  it('undoes only my own edits, names the step, and leaves the other person’s', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    const odo = await join(room, 'Odo');
    retitle(kira, 'win', 'Kira’s ending');
    expect(undoLabels(kira.store.getState()).undo).toBe('Undo Edit Node');
    await until('Odo to see it', () => title(odo, 'win') === 'Kira’s ending');
    retitle(odo, 'lose', 'Odo’s ending');
    await until('Kira to see it', () => title(kira, 'lose') === 'Odo’s ending');
    // Kira's undo names her step, not Odo's later one.
    expect(kira.commands.get('edit.undo')?.currentLabel?.(kira.ctx)).toBe('Undo Edit Node');
    kira.store.getState().undo();
    await until('both to see the undo', () => title(kira, 'win') === 'win' && title(odo, 'win') === 'win');
    expect(title(kira, 'lose')).toBe('Odo’s ending');
    expect(undoLabels(kira.store.getState())).toEqual({ undo: null, redo: 'Redo Edit Node' });
    kira.store.getState().redo();
    await until('the redo', () => title(odo, 'win') === 'Kira’s ending');
  });

  it('lists my own steps in the room as Edit > History, and stepping through it undoes only mine', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    const odo = await join(room, 'Odo');
    const at = (window: Window) => window.store.getState().doc?.mission.nodes.find((n) => n.id === 'talk')?.position;
    const start = at(kira);
    kira.store.getState().edit({ kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 900, y: 40 } }] });
    retitle(kira, 'win', 'Kira’s ending');
    await until('Odo to see both', () => title(odo, 'win') === 'Kira’s ending' && at(odo)?.x === 900);
    retitle(odo, 'lose', 'Odo’s ending');
    await until('Kira to see it', () => title(kira, 'lose') === 'Odo’s ending');
    const labels = () => historyList(kira.store.getState()).map((s) => `${s.label}${s.current ? ' (now)' : ''}`);
    // The local history holds Odo's edit too, but Undo would never take it back: the list shows what Undo does.
    expect(historySteps(kira.store.getState().doc!).map((s) => s.label)).toContain('Edit by Others');
    expect(labels()).toEqual(['Joined the Room', 'Move Node', 'Edit Node (now)']);

    kira.store.getState().goToStep(0);
    expect(labels()).toEqual(['Joined the Room (now)', 'Move Node', 'Edit Node']);
    expect(undoLabels(kira.store.getState())).toEqual({ undo: null, redo: 'Redo Move Node' });
    await until(
      'both to see Kira’s steps gone',
      () => title(odo, 'win') === 'win' && at(odo)?.x === start?.x && title(kira, 'win') === 'win',
    );
    expect(title(kira, 'lose')).toBe('Odo’s ending');
    expect(title(odo, 'lose')).toBe('Odo’s ending');

    kira.store.getState().goToStep(1);
    expect(labels()).toEqual(['Joined the Room', 'Move Node (now)', 'Edit Node']);
    await until('Odo to see the move again', () => at(odo)?.x === 900);
    expect(title(odo, 'win')).toBe('win');
    kira.store.getState().goToStep(2);
    await until('Odo to see the title again', () => title(odo, 'win') === 'Kira’s ending');

    // Out of the room, the list is the document's own history again.
    kira.collab.disconnect();
    expect(historyList(kira.store.getState())).toEqual(historySteps(kira.store.getState().doc!));
  });

  it('sends text typed in the source view to the room, and a read-only person cannot type there', async () => {
    const room = createMemoryRoom({ readOnlyTokens: ['look'] });
    const kira = await join(room, 'Kira');
    const odo = await join(room, 'Odo');
    const nog = await join(room, 'Nog', 'look');
    const typed = smallMission();
    typed.nodes = typed.nodes.map((n) => (n.id === 'win' ? { ...n, title: 'Typed in the source' } : n));
    kira.store.getState().setSourceText(serializeMission(typed));
    await until(
      'Odo and Nog to see the typed title',
      () => title(odo, 'win') === 'Typed in the source' && title(nog, 'win') === 'Typed in the source',
    );
    typed.nodes = typed.nodes.map((n) => (n.id === 'lose' ? { ...n, title: 'Nog types' } : n));
    nog.store.getState().setSourceText(serializeMission(typed));
    await settle();
    expect(nog.store.getState().typing).toBeNull();
    expect(title(nog, 'lose')).toBe('lose');
  });

  it('shows someone else’s edit that breaks the mission in Problems, like my own', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    const odo = await join(room, 'Odo');
    const errors = () => allDiagnostics(kira.checks.getState()).filter((d) => d.severity === 'error');
    await settle();
    expect(errors()).toEqual([]);
    odo.store.getState().edit({ kind: 'update-node', id: 'check', data: { cases: [{ id: 'ok', condition: 'trusted &&' }] } });
    await until('Kira to see the broken condition', () => errors().some((d) => d.path.startsWith('/nodes/')));
    expect(kira.notify).not.toHaveBeenCalled();
  });

  it('keeps edits made offline and merges them with the room’s when back', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    const odo = await join(room, 'Odo');
    room.goOffline(0);
    await until('Kira to see she is offline', () => kira.collab.state.getState().connection === 'offline');
    for (let i = 0; i < 50; i++)
      kira.store.getState().edit({ kind: 'update-node', id: 'win', title: `Kira ${i}` }, { coalesceKey: 'title' });
    retitle(odo, 'lose', 'Odo meanwhile');
    await settle();
    expect(title(odo, 'win')).toBe('win');
    room.goOnline(0);
    await until('both to merge', () => title(odo, 'win') === 'Kira 49' && title(kira, 'lose') === 'Odo meanwhile');
    expect(kira.collab.state.getState().connection).toBe('connected');
  });

  it('lets a read-only person see the room but not edit it', async () => {
    const room = createMemoryRoom({ readOnlyTokens: ['look'] });
    const kira = await join(room, 'Kira');
    const nog = await join(room, 'Nog', 'look');
    expect(nog.collab.state.getState().connection).toBe('read-only');
    expect(canEdit(nog.store.getState())).toBe(false);
    retitle(nog, 'win', 'Nog was here');
    expect(title(nog, 'win')).toBe('win');
    retitle(kira, 'win', 'Kira was here');
    await until('Nog to see Kira’s edit', () => title(nog, 'win') === 'Kira was here');
  });

  it('shows who else is here and the node each has selected', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    const odo = await join(room, 'Odo');
    odo.ui.getState().select({ nodeIds: ['talk'], edgeIds: [] });
    await until('Kira to see Odo on talk', () => kira.collab.state.getState().peers.some((p) => p.name === 'Odo' && p.selected === 'talk'));
    odo.collab.disconnect();
    await until('Odo to leave', () => kira.collab.state.getState().peers.length === 0);
    expect(odo.collab.state.getState().connection).toBeNull();
    expect(odo.store.getState().shared).toBeNull();
  });

  it('says when the server refuses the token, and takes no edits while refused', async () => {
    const room = createMemoryRoom({ badTokens: ['wrong'] });
    const quark = testServices(undefined, room.connect);
    quark.store.getState().openText({ name: 'small.mission.json' }, text);
    await settle();
    quark.collab.connect({ url: 'ws://localhost:1234', room: 'small', token: 'wrong', name: 'Quark' });
    await until('the refusal', () => quark.collab.state.getState().connection === 'refused');
    expect(canEdit(quark.store.getState())).toBe(false);
  });

  it('refuses to connect to an address that is not a WebSocket URL, or with no mission open', () => {
    const window = testServices(undefined, createMemoryRoom().connect);
    expect(window.collab.connect({ url: 'ws://localhost:1234', room: 'r', token: 't', name: '' })).toMatch(/Open a mission/);
    window.store.getState().openText({ name: 'small.mission.json' }, text);
    expect(window.collab.connect({ url: 'http://example.com', room: 'r', token: 't', name: '' })).toMatch(/ws:\/\//);
    expect(window.collab.connect({ url: 'not a url', room: 'r', token: 't', name: '' })).toMatch(/not a URL/);
  });

  it('reads "connecting" at once, and leaving before the room is joined leaves nothing behind', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    const odo = testServices(undefined, room.connect);
    odo.store.getState().openText({ name: 'small.mission.json' }, text);
    await settle();
    expect(odo.collab.connect({ url: 'ws://localhost:1234', room: 'small', token: 'edit', name: 'Odo' })).toBeNull();
    // Yjs and Hocuspocus load with the first room joined; until then the room reads as connecting.
    expect(odo.collab.state.getState().connection).toBe('connecting');
    odo.collab.disconnect();
    expect(odo.collab.state.getState().connection).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(odo.collab.state.getState().connection).toBeNull();
    expect(odo.store.getState().shared).toBeNull();
    expect(kira.collab.state.getState().peers).toEqual([]);
  });

  it('joins with nothing when another mission is opened before the room is joined', async () => {
    const room = createMemoryRoom();
    const odo = testServices(undefined, room.connect);
    odo.store.getState().openText({ name: 'small.mission.json' }, text);
    await settle();
    expect(odo.collab.connect({ url: 'ws://localhost:1234', room: 'small', token: 'edit', name: 'Odo' })).toBeNull();
    odo.store.getState().openText({ name: 'other.mission.json' }, text);
    await until('the join to be dropped', () => odo.collab.state.getState().connection === null);
    expect(odo.store.getState().shared).toBeNull();
    expect(odo.notify).toHaveBeenCalledWith(expect.stringMatching(/Did not join the room/));
  });

  it('leaves the room when another mission is opened in the window', async () => {
    const room = createMemoryRoom();
    const kira = await join(room, 'Kira');
    kira.store.getState().openText({ name: 'other.mission.json' }, text);
    expect(kira.collab.state.getState().connection).toBeNull();
    expect(kira.notify).toHaveBeenCalledWith(expect.stringMatching(/Left the room/));
  });
});
