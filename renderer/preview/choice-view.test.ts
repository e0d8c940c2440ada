import { describe, expect, it } from 'vitest';
import type { DialogNode } from '@mission-studio/core/format';
import { AUTO_RESOLVE_HELP, STANCE_HELP } from '@mission-studio/core/engine';
import { choiceButtons } from './choice-view';
import { act, currentState, startSession } from './run-session';
import { secondWave } from './test-missions';

const mission = secondWave();
const roundSkyl = mission.nodes.find((n): n is DialogNode => n.id === 'round-skyl' && n.type === 'dialog')!;
const atSkyl = currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'round-skyl', variables: { skylTrust: true } }));

describe('choiceButtons', () => {
  it('shows only what the run offers in player mode', () => {
    const buttons = choiceButtons(mission, atSkyl, false);
    expect(buttons.map((b) => b.label)).toEqual(atSkyl.available.map((o) => o.label));
    expect(buttons.every((b) => b.input !== null && b.reason === null)).toBe(true);
    expect(buttons.map((b) => b.label)).not.toContain(roundSkyl.data.choices.find((c) => c.id === 'skyl-device')?.text);
  });

  it('lists every choice in file order in analysis mode, the closed ones disabled with their reason', () => {
    const buttons = choiceButtons(mission, atSkyl, true);
    expect(buttons.map((b) => b.label)).toEqual(roundSkyl.data.choices.map((c) => c.text));
    const device = buttons[roundSkyl.data.choices.findIndex((c) => c.id === 'skyl-device')];
    expect(device).toMatchObject({ input: null, reason: 'needs foundListeningDevice (foundListeningDevice = false)' });
    const trust = buttons[roundSkyl.data.choices.findIndex((c) => c.id === 'skyl-trust')];
    expect(trust).toMatchObject({ input: { kind: 'choice', nodeId: 'round-skyl', choiceId: 'skyl-trust' }, reason: null });
  });

  it('says a once-option was already taken', () => {
    let session = startSession(mission, { faction: 'federation', seed: 1, at: 'promenade-hub' });
    session = act(mission, session, { kind: 'input', input: { kind: 'hub', nodeId: 'promenade-hub', optionId: 'find-skyl' } }).session;
    session = act(mission, session, { kind: 'input', input: { kind: 'choice', nodeId: 'skyl-quarks', choiceId: 'leave-skyl' } }).session;
    const state = currentState(session);
    expect(state.nodeId).toBe('promenade-hub');
    const skyl = choiceButtons(mission, state, true).find((b) => b.key.includes('find-skyl'));
    expect(skyl).toMatchObject({ input: null, reason: 'already taken (once)' });
    expect(choiceButtons(mission, state, false).some((b) => b.key.includes('find-skyl'))).toBe(false);
  });

  it('offers the stances, auto-resolve and the forced outcomes in a fight', () => {
    const fight = currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' }));
    const buttons = choiceButtons(mission, fight, true);
    expect(buttons.map((b) => [b.label, b.tone])).toEqual([
      ['Attack', 'combat'],
      ['Defend', 'combat'],
      ['Evasive', 'combat'],
      ['Auto-resolve the rest', 'combat'],
      ['Force victory', 'force'],
      ['Force defeat', 'force'],
    ]);
  });

  it("says what each stance and auto-resolve does, in the HTML player's words", () => {
    const fight = currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' }));
    const help = new Map(choiceButtons(mission, fight, false).map((b) => [b.label, b.help]));
    expect(help.get('Defend')).toBe(STANCE_HELP.defend);
    expect(help.get('Auto-resolve the rest')).toBe(AUTO_RESOLVE_HELP);
    expect(help.get('Force victory')).toMatch(/end the fight now in victory/);
  });

  it('has no buttons once the run has ended', () => {
    const session = startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' });
    const ended = act(mission, session, {
      kind: 'input',
      input: { kind: 'combat-force', nodeId: 'space-battle', outcome: 'defeat' },
    }).session;
    expect(choiceButtons(mission, currentState(ended), true)).toEqual([]);
  });

  it('names the string each button says, so the preview can show it in another language: choices and objectives', () => {
    expect(choiceButtons(mission, atSkyl, false).every((b) => b.stringId?.startsWith('round-skyl.'))).toBe(true);
    const atObjective = currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'sneak-conduits' }));
    expect(choiceButtons(mission, atObjective, false)).toEqual([
      expect.objectContaining({ tone: 'objective', stringId: 'sneak-conduits.text' }),
    ]);
  });
});
