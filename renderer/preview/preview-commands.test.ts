import { describe, expect, it } from 'vitest';
import { testServices } from '../test-support/test-services';
import { runCommands, togglePreviewCommand } from './preview-commands';
import { secondWave } from './test-missions';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

function setUp() {
  const { ui, preview, commands: registry } = testServices();
  registry.register([...runCommands(), togglePreviewCommand()]);
  preview.getState().setMission(secondWave());
  const previewStore = preview;
  return { ui, registry, previewStore };
}

describe('runCommands', () => {
  it('binds F5, Shift+F5, Ctrl+Alt+Left and F9 to play, step back and breakpoints', () => {
    const { registry } = setUp();
    expect(registry.forKey(key('F5'))?.id).toBe('run.play');
    expect(registry.forKey(key('F5', { shiftKey: true }))?.id).toBe('run.stepBack');
    expect(registry.forKey(key('ArrowLeft', { ctrlKey: true, altKey: true }))?.id).toBe('run.stepBackAlt');
    expect(registry.forKey(key('F9'))?.id).toBe('run.toggleBreakpoint');
  });

  it('plays, steps back only when there is something to undo, and restarts', () => {
    const { registry, previewStore } = setUp();
    expect(registry.run('run.play')).toBe(true);
    expect(registry.isEnabled('run.stepBack')).toBe(false);
    const first = previewStore.getState().session!.states[0]!.available[0]!.input;
    previewStore.getState().take(first);
    expect(registry.run('run.stepBack')).toBe(true);
    expect(previewStore.getState().session?.actions).toHaveLength(0);
    expect(registry.run('run.stepForward')).toBe(true);
    expect(previewStore.getState().session?.actions).toHaveLength(1);
    expect(registry.run('run.restart')).toBe(true);
    expect(previewStore.getState().session?.actions).toHaveLength(0);
  });

  it('toggles a breakpoint on the selected node, and needs a selection', () => {
    const { ui, registry, previewStore } = setUp();
    expect(registry.isEnabled('run.toggleBreakpoint')).toBe(false);
    ui.getState().select({ nodeIds: ['conference-open'], edgeIds: [] });
    registry.run('run.toggleBreakpoint');
    expect(previewStore.getState().breakpoints).toContain('conference-open');
    registry.run('run.toggleBreakpoint');
    expect(previewStore.getState().breakpoints).not.toContain('conference-open');
  });
});

describe('togglePreviewCommand', () => {
  it('shows and hides the Preview panel', () => {
    const { ui, registry } = setUp();
    const shown = ui.getState().panels.preview;
    registry.run('view.togglePreview');
    expect(ui.getState().panels.preview).toBe(!shown);
  });
});
