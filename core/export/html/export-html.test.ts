import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomMission } from '../../engine/test-fixtures';
import { loadMission } from '../../format/load';
import type { Mission } from '../../format/mission.types';
import { loadRuntime } from '../../runtime/create-run';
import type { RuntimeFile } from '../../runtime/runtime-file.types';
import { missionStrings } from '../../strings/mission-strings';
import { buildRuntimeFile } from '../runtime/export-runtime';
import { exportHtml } from './export-html';
import { PLAYER_SCRIPT, PLAYER_STYLE } from './generated/player-assets';

const sample = (name: string): Mission => loadMission(readFileSync(`missions/${name}.mission.json`, 'utf8')).mission as Mission;
const SAMPLES = ['second-wave', 'tutorial'];

/** The text of the one element `<tag ...attributes>` in the page. */
function element(page: string, open: string, close: string): string {
  const start = page.indexOf(open);
  expect(start, open).toBeGreaterThanOrEqual(0);
  expect(page.indexOf(open, start + 1), `${open} twice`).toBe(-1);
  const from = start + open.length;
  return page.slice(from, page.indexOf(close, from));
}

const dataBlock = (page: string): string => element(page, '<script type="application/json" id="mission-data">', '</script>');
const inlineScript = (page: string): string => element(page, '<script>', '</script>');
const inlineStyle = (page: string): string => element(page, '<style>', '</style>');
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page with the JSON block cut out: what the HTML parser reads as markup. */
const outsideData = (page: string): string => page.replace(dataBlock(page), '');

function exported(mission: Mission, options = {}): string {
  const result = exportHtml(mission, options);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.text;
}

describe('exportHtml', () => {
  for (const name of SAMPLES) {
    it(`carries the whole runtime file of ${name}: every flow node and every player string`, () => {
      const mission = sample(name);
      const file = JSON.parse(dataBlock(exported(mission))) as RuntimeFile;
      expect(file).toEqual(buildRuntimeFile(mission));
      expect(() => loadRuntime(file)).not.toThrow();
      for (const node of mission.nodes) if (node.type !== 'group') expect(Object.keys(file.nodes), node.id).toContain(node.id);
      const strings = file.strings[file.languages[0] as string] ?? {};
      for (const s of missionStrings(mission)) expect(strings[s.id], s.id).toBe(s.text);
    });

    it(`lets ${name}'s page run only its own inline script and style, by hash`, () => {
      const page = exported(sample(name));
      const csp = element(page, '<meta http-equiv="Content-Security-Policy" content="', '">');
      expect(inlineScript(page)).toBe(PLAYER_SCRIPT);
      expect(inlineStyle(page)).toBe(PLAYER_STYLE);
      expect(csp).toBe(
        `default-src 'none'; script-src ${sha256(PLAYER_SCRIPT)}; style-src ${sha256(PLAYER_STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`,
      );
      expect(page.startsWith('<!doctype html>\n')).toBe(true);
      expect(page).toContain('<meta charset="utf-8">');
      expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      const markup = outsideData(page).replace(PLAYER_SCRIPT, '').replace(PLAYER_STYLE, '');
      expect(/\son[a-z]+=/i.test(markup), 'an inline event handler').toBe(false);
      expect(/https?:\/\//i.test(outsideData(page)), 'a URL to load').toBe(false);
    });
  }

  it('titles the page with the mission title, escaped, and is the same page every time', () => {
    const mission = sample('tutorial');
    mission.meta.title = 'Q & A <b>"Bold"</b>';
    const page = exported(mission);
    expect(page).toContain('<title>Q &amp; A &lt;b&gt;&quot;Bold&quot;&lt;/b&gt;</title>');
    expect(exported(mission)).toBe(page);
  });

  it('keeps hostile mission text inside the JSON block, escaped, and gives it back intact', () => {
    const mission = sample('tutorial');
    const hostile = [
      '</script><script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'line\u2028separator\u2029paragraph',
      '<!-- comment',
      ']]> & &amp;',
    ];
    let i = 0;
    for (const node of mission.nodes)
      if (node.type === 'narration' || node.type === 'dialog') node.data.lines = [hostile[i++ % hostile.length] as string];
    mission.meta.title = hostile[0] as string;
    const page = exported(mission);
    const data = dataBlock(page);
    expect(data).not.toMatch(/[<>&\u2028\u2029]/);
    // Outside the block, the title is the one place mission text stands, escaped; nothing else of it is there.
    const markup = outsideData(page);
    for (const text of [...hostile, '<img', 'onerror', '\u2028', '\u2029']) expect(markup.includes(text), text).toBe(false);
    expect(markup.match(/<script/g)).toHaveLength(3);
    expect(markup.replace(element(page, '<title>', '</title>'), '').includes('alert(1)')).toBe(false);
    const strings = Object.values((JSON.parse(data) as RuntimeFile).strings).flatMap((table) => Object.values(table));
    for (const text of hostile) expect(strings).toContain(text);
  });

  it('preselects the faction and language it is given, and refuses ones the mission lacks', () => {
    const mission = sample('second-wave');
    expect(
      element(
        exported(mission, { faction: 'klingon', language: 'en' }),
        '<script type="application/json" id="player-options">',
        '</script>',
      ),
    ).toBe('{"faction":"klingon","language":"en"}');
    expect(exportHtml(mission, { faction: 'romulan' }).diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('no faction "romulan"') }),
    ]);
    expect(exportHtml(mission, { language: 'tlh' }).diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('no "tlh" text') }),
    ]);
  });

  it('makes no page of a mission whose expressions do not parse, and says why', () => {
    const mission = sample('tutorial');
    const dialog = mission.nodes.find((n) => n.type === 'dialog');
    if (dialog?.type !== 'dialog') throw new Error('the tutorial has a dialog');
    (dialog.data.choices[0] as { condition?: string }).condition = 'a &&';
    const result = exportHtml(mission);
    expect(result.text).toBe('');
    expect(result.diagnostics[0]).toMatchObject({ code: 'export-error', severity: 'error' });
  });

  it('succeeds on every random mission, its data block parsing back to the runtime file', () => {
    const missions = fc
      .record({ seed: fc.integer(), size: fc.integer({ min: 1, max: 14 }) })
      .map(({ seed, size }) => randomMission(seed, size));
    fc.assert(
      fc.property(missions, (mission) => {
        const page = exported(mission);
        expect(JSON.parse(dataBlock(page))).toEqual(buildRuntimeFile(mission));
      }),
      { numRuns: 100 },
    );
  });
});
