import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTranslationTables } from './translation-tables';

const folder = mkdtempSync(join(tmpdir(), 'mission-studio-tables-'));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('readTranslationTables', () => {
  it('reads the tables named after the mission beside it, and nothing else', async () => {
    mkdirSync(folder, { recursive: true });
    const mission = join(folder, 'second-wave.mission.json');
    writeFileSync(mission, '{}');
    writeFileSync(join(folder, 'second-wave.de.strings.csv'), 'string_id,translation\n');
    writeFileSync(join(folder, 'second-wave.pt-BR.strings.csv'), 'pt');
    writeFileSync(join(folder, 'tutorial.fr.strings.csv'), 'other mission');
    writeFileSync(join(folder, 'second-wave.strings.csv'), 'no language');
    writeFileSync(join(folder, 'second-wave.voice.csv'), 'voice');
    mkdirSync(join(folder, 'second-wave.fr.strings.csv'));
    expect(await readTranslationTables(mission)).toEqual([
      { name: 'second-wave.de.strings.csv', text: 'string_id,translation\n' },
      { name: 'second-wave.pt-BR.strings.csv', text: 'pt' },
    ]);
  });
});
