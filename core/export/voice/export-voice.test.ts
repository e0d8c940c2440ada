import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../format/load';
import type { Mission } from '../../format/mission.types';
import { missionStrings } from '../../strings/mission-strings';
import { smallMission, node, edge } from '../../test-support/mission-builder';
import { exportVoice, VOICE_COLUMNS } from './export-voice';

const load = (name: string): Mission => loadMission(readFileSync(`missions/${name}.mission.json`, 'utf8')).mission as Mission;

type Row = Record<(typeof VOICE_COLUMNS)[number], string>;

function parse(text: string): { fields: string[]; rows: Row[] } {
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

/** The small mission with a narrator line and a dialog whose lines CSV and spreadsheets could trip on. */
function awkwardMission(lines: string[]): Mission {
  const mission = smallMission();
  mission.nodes.push(node('aside', 'narration', { lines: ['The bar falls quiet.'] }));
  mission.edges.unshift(edge('start', 'next', 'aside'));
  mission.edges.push(edge('aside', 'next', 'talk'));
  const talk = mission.nodes.find((n) => n.id === 'talk');
  if (talk?.type === 'dialog') talk.data.lines = lines;
  return mission;
}

const AWKWARD = [
  'Commas, "quotes", and a\nline break',
  'A Windows\r\nline break, and a trailing space ',
  'tlhIngan Hol vIjatlh! Qapla\u2019! \uF8D0\uF8D1\uF8D2',
  'クワークの店へようこそ。🖖🏽 مرحبا',
  '',
  '   leading spaces',
];

describe('exportVoice', () => {
  it('writes a header and one row per spoken line of Second Wave, each line id exactly once', () => {
    const mission = load('second-wave');
    const { fields, rows } = parse(exportVoice(mission).text);
    expect(fields).toEqual([...VOICE_COLUMNS]);
    const lines = missionStrings(mission).filter((s) => s.kind === 'line');
    expect(rows).toHaveLength(lines.length);
    expect(rows.map((r) => r.line_id).sort()).toEqual(lines.map((s) => s.id).sort());
    const byId = new Map(rows.map((r) => [r.line_id, r]));
    for (const s of lines) expect(byId.get(s.id)?.text, s.id).toBe(s.text);
  });

  it('gives the tutorial every line too, with its text, node and speaker', () => {
    const mission = load('tutorial');
    const { rows } = parse(exportVoice(mission).text);
    const lines = missionStrings(mission).filter((s) => s.kind === 'line');
    expect(rows.map((r) => [r.line_id, r.text, r.node]).sort()).toEqual(lines.map((s) => [s.id, s.text, s.nodeId]).sort());
    expect(rows.find((r) => r.line_id === 'briefing.line.1')?.speaker).toBe('Lieutenant Commander Imara Vos');
  });

  it('lists the lines in reading order, the narrator as Narrator, with context naming the node and place', () => {
    const { rows } = parse(exportVoice(load('second-wave')).text);
    expect(rows.slice(0, 4).map((r) => r.line_id)).toEqual([
      'fed-orders.line.1',
      'fed-orders.line.2',
      'fed-orders.line.3',
      'achebe-call.line.1',
    ]);
    expect(rows[0]?.speaker).toBe('Narrator');
    const andrews = rows.find((r) => r.line_id === 'andrews-briefing.line.1');
    expect(andrews).toMatchObject({ speaker: 'Commander Karen Andrews', node: 'andrews-briefing' });
    expect(andrews?.context).toBe('line 1 of 2, Commander Karen Andrews, at "Commander Andrews" (andrews-briefing), in Operations Center');
  });

  it('puts the given faction’s lines first', () => {
    const { rows } = parse(exportVoice(load('second-wave'), { faction: 'klingon' }).text);
    expect(rows[0]?.line_id).toBe('achebe-call.line.1');
  });

  it('gives back exactly the texts through Papa.parse: commas, quotes, line breaks, Klingon, Japanese, emoji', () => {
    const { rows } = parse(exportVoice(awkwardMission(AWKWARD)).text);
    expect(rows.map((r) => r.text)).toEqual(['The bar falls quiet.', ...AWKWARD]);
    expect(rows[0]?.speaker).toBe('Narrator');
  });

  it('starts with a UTF-8 byte order mark for Excel and ends every record with CRLF', () => {
    const text = exportVoice(awkwardMission(['One.', 'Two.'])).text;
    expect(text.startsWith('\uFEFFline_id,speaker,text,context,node\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF.
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n|\r[^\n]/);
  });

  it('defuses cells a spreadsheet would run as formulas, even one followed by a line break', () => {
    const formulas = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '=1+1\nsecond line'];
    const { rows } = parse(exportVoice(awkwardMission(formulas)).text);
    expect(rows.slice(1).map((r) => r.text)).toEqual(formulas.map((f) => `'${f}`));
  });

  it('writes a mission without spoken lines as the header alone', () => {
    const mission = smallMission();
    mission.nodes = mission.nodes.filter((n) => n.type !== 'dialog');
    expect(exportVoice(mission).text).toBe('\uFEFFline_id,speaker,text,context,node\r\n');
  });
});
