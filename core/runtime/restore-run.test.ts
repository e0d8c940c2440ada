import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRuntimeFile } from '../export/runtime/export-runtime';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { createRun } from './create-run';
import { restoreRun } from './restore-run';
import { RunError } from './run';

const secondWave = (): Mission => loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;

/** A Federation run that has walked the Promenade once (took Skyl's side quest) and stands back at the hub. */
function savedAtHub() {
  const file = buildRuntimeFile(secondWave());
  const run = createRun(file, { faction: 'federation', seed: 4 });
  run.choose('agree-rounds');
  run.choose('find-skyl');
  for (let i = 0; i < 20 && run.step.nodeId !== 'promenade-hub'; i++) {
    const step = run.step;
    if (step.kind === 'choice') run.choose(step.choices.find((c) => c.available)!.id);
    else if (step.kind === 'objective') run.resolve('done');
  }
  expect(run.step.nodeId).toBe('promenade-hub');
  return { file, run, save: JSON.parse(JSON.stringify(run.save())) as unknown };
}

/** Second Wave after an edit: `edit` changes the mission before it is exported again. */
function reexported(edit: (m: Mission) => void) {
  const mission = secondWave();
  edit(mission);
  return buildRuntimeFile(mission);
}

describe('restoreRun', () => {
  it('restores a save of the same export exactly: same place, variables, taken options and choices', () => {
    const { file, run, save } = savedAtHub();
    const { run: restored, report } = restoreRun(file, save);
    expect(report).toEqual({ exact: true, unmapped: [] });
    expect(restored.step.nodeId).toBe('promenade-hub');
    expect(restored.variables).toEqual(run.variables);
    const ids = (s: typeof run.step) => (s.kind === 'choice' ? s.choices.map((c) => c.id) : []);
    expect(ids(restored.step)).toEqual(ids(run.step));
    expect(ids(restored.step)).not.toContain('find-skyl');
  });

  it('restores a save into a newer export by id, and reports a dropped variable and a new one', () => {
    const { save } = savedAtHub();
    const newer = reexported((m) => {
      m.variables = m.variables.filter((v) => v.id !== 'skylTrust');
      m.variables.push({ id: 'morale', type: 'number', initial: 3 });
      for (const n of m.nodes) {
        if (n.type === 'dialog')
          for (const c of n.data.choices) if (c.effects) c.effects = c.effects.filter((e) => !e.includes('skylTrust'));
        if (n.type === 'dialog') for (const c of n.data.choices) if (c.condition?.includes('skylTrust')) delete c.condition;
        if (n.type === 'branch') for (const c of n.data.cases) if (c.condition.includes('skylTrust')) c.condition = 'true';
      }
    });
    const { run, report } = restoreRun(newer, save);
    expect(report.exact).toBe(false);
    expect(report.unmapped).toEqual(
      expect.arrayContaining([
        expect.stringContaining('variable "skylTrust" is no longer in the mission'),
        'variable "morale" is new: it starts at 3',
      ]),
    );
    expect(run.step.nodeId).toBe('promenade-hub');
    expect(run.variables['morale']).toBe(3);
  });

  it('forgets a one-time option that is gone, and says so', () => {
    const { save } = savedAtHub();
    const newer = reexported((m) => {
      const hub = m.nodes.find((n) => n.id === 'promenade-hub');
      if (hub?.type !== 'hub') throw new Error('no hub');
      hub.data.options = hub.data.options.filter((o) => o.id !== 'find-skyl');
      m.edges = m.edges.filter((e) => !(e.source === 'promenade-hub' && e.sourceHandle === 'find-skyl'));
    });
    const { run, report } = restoreRun(newer, save);
    expect(report.unmapped).toContain(
      'one-time option "promenade-hub/find-skyl" is no longer in the mission (or no longer one-time): forgotten',
    );
    expect(run.step.kind).toBe('choice');
  });

  it('replays the saved inputs when the place the save stood at is gone, as far as they still go', () => {
    const { save } = savedAtHub();
    const newer = reexported((m) => {
      const hub = m.nodes.find((n) => n.id === 'promenade-hub');
      if (hub) hub.id = 'promenade';
      for (const e of m.edges) {
        if (e.source === 'promenade-hub') e.source = 'promenade';
        if (e.target === 'promenade-hub') e.target = 'promenade';
      }
    });
    const { run, report } = restoreRun(newer, save);
    expect(report.exact).toBe(false);
    expect(report.unmapped.at(-1)).toMatch(
      /^the save stood at "promenade-hub", which this mission no longer has as a place to stop: replayed 1 of \d+ inputs from the start/,
    );
    expect(run.step.nodeId).toBe('promenade');
  });

  it('refuses a save of another mission, and anything that is not a save', () => {
    const { save } = savedAtHub();
    const other = buildRuntimeFile({ ...secondWave(), meta: { ...secondWave().meta, id: 'first-wave' } });
    expect(() => restoreRun(other, save)).toThrow(/of mission "second-wave", not "first-wave"/);
    expect(() => restoreRun(other, { format: 'something' })).toThrow(RunError);
  });
});
