import { describe, expect, it } from 'vitest';
import { fileChangedPrompt, formatBackupTime, recoveryPrompt } from './recovery';

describe('recoveryPrompt', () => {
  it('names the document and the time of its backup, offering Restore and Discard', () => {
    const prompt = recoveryPrompt({ id: 'tab-aaaa.1', name: 'second-wave.mission.json', savedAt: 0 }, () => '1 Jan 1970, 00:00');
    expect(prompt.message).toBe('Restore unsaved changes to second-wave.mission.json from 1 Jan 1970, 00:00?');
    expect(prompt.buttons.map((b) => b.label)).toEqual(['Restore', 'Discard']);
    expect(prompt.buttons.map((b) => b.id)).not.toContain(prompt.cancelId);
  });
});

describe('formatBackupTime', () => {
  it('shows the date and the time', () => {
    const text = formatBackupTime(Date.UTC(2024, 4, 17, 13, 5), 'en-GB');
    expect(text).toMatch(/2024/);
    expect(text).toMatch(/\d{1,2}:\d{2}/);
  });
});

describe('fileChangedPrompt', () => {
  it('offers Reload and Keep mine, warning about unsaved changes only when there are some', () => {
    expect(fileChangedPrompt('a.json', false).buttons.map((b) => b.label)).toEqual(['Reload', 'Keep mine']);
    expect(fileChangedPrompt('a.json', true).message).toContain('discards your unsaved changes');
    expect(fileChangedPrompt('a.json', false).message).not.toContain('discards');
    expect(fileChangedPrompt('a.json', true).cancelId).toBe('keep');
  });
});
