import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../host/browser-host';
import { isDirty } from '../state/editor-store';
import { testServices } from '../test-support/test-services';
import { desktopCommands } from './desktop-commands';
import { newMissionText } from './new-mission';
import type { Prompt } from './prompt-queue';
import type { Ask } from './save-flow';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const harlowe = readFileSync('core/interop/twine/fixtures/harlowe-twine-example.html', 'utf8');
const archive = readFileSync('core/interop/twine/fixtures/archive-harlowe-and-sugarcube.html', 'utf8');

function setup(file: { name: string; text: string } | null, answer: (prompt: Prompt) => string = (prompt) => prompt.cancelId) {
  const pickFile = vi.fn(async () => (file ? { name: file.name, text: async () => file.text } : null));
  const services = testServices(createBrowserHost({ pickFile, offerDownload: () => undefined }));
  services.store.getState().openText({ name: 'second-wave.mission.json' }, newMissionText());
  const asked: Array<{ title: string; message: string }> = [];
  const prompts: Prompt[] = [];
  const ask: Ask = async (prompt) => {
    asked.push({ title: prompt.title, message: prompt.message });
    prompts.push(prompt);
    return answer(prompt);
  };
  services.commands.register(desktopCommands({ ask, showInfo: vi.fn(), showExport: vi.fn() }));
  return { ...services, asked, prompts, pickFile };
}

describe('File > Import…', () => {
  it('asks the browser for a Twine file and opens the story as a new unsaved document', async () => {
    const s = setup({ name: 'story.html', text: harlowe });
    s.commands.run('file.import');
    await settle();
    expect(s.pickFile).toHaveBeenCalledWith(expect.stringContaining('.twee'));
    const state = s.store.getState();
    expect(state.file).toEqual({ name: 'twineexample.mission.json' });
    expect(state.doc?.mission.nodes.map((n) => n.title)).toContain('A fifth passage');
    expect(isDirty(state)).toBe(true);
  });

  it('shows what the import noticed in Problems, naming the line of the Twine file, until another file opens', async () => {
    const s = setup({ name: 'odd.twee', text: ':: StoryData\n{oops\n\n:: Start\n(set: $x to 1)[[on->Next]]\n:: Next\nEnd.' });
    s.commands.run('file.import');
    await settle();
    const notes = s.checks.getState().importNotes;
    expect(notes.map((n) => [n.code, n.severity])).toEqual([
      ['twine-metadata', 'warning'],
      ['twine-macro', 'info'],
    ]);
    expect(notes[1]?.message).toMatch(/\(odd\.twee, line 5\)$/);
    expect(notes[1]?.nodeId).toBe('start');
    s.store.getState().openText({ name: 'other.mission.json' }, newMissionText());
    expect(s.checks.getState().importNotes).toEqual([]);
  });

  it('refuses a file that is not a Twine story with one message naming its line, keeping the open document', async () => {
    const s = setup({ name: 'page.html', text: '<html><body>Hi</body></html>' });
    s.commands.run('file.import');
    await settle();
    expect(s.asked).toEqual([{ title: 'Cannot import', message: expect.stringMatching(/^page\.html, line 1: not a Twine story/) }]);
    expect(s.store.getState().file?.name).toBe('second-wave.mission.json');
  });

  it('asks which story of an archive to import, listing them by name, and imports the one picked', async () => {
    const s = setup({ name: 'library.html', text: archive }, (prompt) => (prompt.choices ? 'Untitled Story' : prompt.cancelId));
    s.commands.run('file.import');
    await settle();
    const picker = s.prompts.find((p) => p.choices);
    expect(picker).toMatchObject({ title: 'Choose a story', message: expect.stringContaining('library.html holds 2 Twine stories') });
    expect(picker?.choices?.options.map((o) => o.label)).toEqual(['Untitled Story 6', 'Untitled Story']);
    expect(s.store.getState().doc?.mission.meta).toMatchObject({ title: 'Untitled Story', tags: ['twine', 'sugarcube'] });
    // The user picked from the list: no note telling them to pick with --story.
    expect(s.checks.getState().importNotes.map((n) => n.code)).not.toContain('twine-other-stories');
  });

  it('imports nothing when the story picker is cancelled, keeping the open document', async () => {
    const s = setup({ name: 'library.html', text: archive });
    s.commands.run('file.import');
    await settle();
    expect(s.prompts.some((p) => p.choices)).toBe(true);
    expect(s.store.getState().file?.name).toBe('second-wave.mission.json');
  });

  it('does not ask which story when the file holds one', async () => {
    const s = setup({ name: 'story.html', text: harlowe });
    s.commands.run('file.import');
    await settle();
    expect(s.prompts.some((p) => p.choices)).toBe(false);
  });
});
