import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import {
  blockingErrors,
  DIALOG_FORMATS,
  initialChoice,
  optionsOf,
  PREVIEW_CHARS,
  runExport,
  suggestedName,
  textPreview,
} from './export-model';

const mission = loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;

describe('the Export dialog model', () => {
  it('offers every format core writes, the runtime first, and names the file after the mission', () => {
    expect(DIALOG_FORMATS.map((f) => f.id)).toEqual(expect.arrayContaining(['runtime', 'svg', 'png', 'script', 'voice']));
    expect(initialChoice(mission)).toMatchObject({ format: 'runtime', faction: 'federation', language: 'en' });
    expect(suggestedName(mission, { ...initialChoice(mission), format: 'voice' })).toBe('second-wave.voice.csv');
  });

  it('passes only the options a format reads, and the selection only when asked for and not empty', () => {
    const choice = { ...initialChoice(mission), faction: 'klingon', selectionOnly: true };
    expect(optionsOf({ ...choice, format: 'script' }, ['a'])).toEqual({ faction: 'klingon' });
    expect(optionsOf({ ...choice, format: 'svg' }, ['a'])).toEqual({ nodeIds: ['a'] });
    expect(optionsOf({ ...choice, format: 'svg' }, [])).toEqual({});
    expect(optionsOf({ ...choice, format: 'svg', selectionOnly: false }, ['a'])).toEqual({});
  });

  it('gives the SVG a PNG is drawn from, and the text of a text format', () => {
    const png = runExport(mission, { ...initialChoice(mission), format: 'png' }, []);
    expect(png.text).toMatch(/^<\?xml[^>]*>\n<svg /);
    const script = runExport(mission, { ...initialChoice(mission), format: 'script' }, []);
    expect(script.text).toMatch(/^# Second Wave/);
  });

  it('previews the start of a long text and counts the lines left out', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
    const { shown, moreLines } = textPreview(text);
    expect(shown.length).toBeLessThanOrEqual(PREVIEW_CHARS);
    expect(shown.split('\n').length + moreLines).toBe(2000);
    expect(textPreview('short')).toEqual({ shown: 'short', moreLines: 0 });
  });

  it('counts only errors as reasons to think twice', () => {
    expect(
      blockingErrors([
        { code: 'dead-end', severity: 'error', message: '', path: '' },
        { code: 'unused-variable', severity: 'warning', message: '', path: '' },
      ]),
    ).toHaveLength(1);
  });
});
