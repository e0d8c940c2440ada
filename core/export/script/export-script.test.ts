import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../format/load';
import type { Mission, MissionNode } from '../../format/mission.types';
import { outputPorts } from '../../format/ports';
import { edge, node, smallMission } from '../../test-support/mission-builder';
import { exportScript } from './export-script';
import { escapeMarkdown, escapeMarkdownLine } from './markdown';

const load = (name: string): Mission => loadMission(readFileSync(`missions/${name}.mission.json`, 'utf8')).mission as Mission;
const SAMPLES = ['second-wave', 'tutorial'] as const;

/** The script cut at its `###` headings: heading text -> the scene's Markdown below it. */
function scenes(md: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of md.split(/^### /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    out.set(heading, body.join('\n').split(/^## /m)[0] ?? '');
  }
  return out;
}

/** Every player-visible text of a node, as the script must show it somewhere in the node's scene. */
function texts(n: MissionNode): string[] {
  switch (n.type) {
    case 'narration':
    case 'dialog':
      return [...n.data.lines, ...(n.type === 'dialog' ? n.data.choices.map((c) => c.text) : [])];
    case 'hub':
      return [...(n.data.text === undefined ? [] : [n.data.text]), ...n.data.options.map((o) => o.label), n.data.continue.label];
    case 'start':
    case 'objective':
    case 'end':
      return [n.data.text];
    default:
      return [];
  }
}

describe.each(SAMPLES)('exportScript on %s', (name) => {
  const mission = load(name);
  const md = exportScript(mission).text;
  const byHeading = scenes(md);
  const flowNodes = mission.nodes.filter((n) => n.type !== 'group');

  it('gives every node its own scene heading, and every group an act heading', () => {
    expect(md.match(/^### /gm)).toHaveLength(flowNodes.length);
    for (const n of flowNodes) expect(byHeading.has(escapeMarkdownLine(n.title)), n.id).toBe(true);
    for (const g of mission.nodes.filter((n) => n.type === 'group')) expect(md).toContain(`\n## ${escapeMarkdownLine(g.title)}\n`);
  });

  it('prints every line, choice, option, objective and ending text in its node’s scene', () => {
    for (const n of flowNodes) {
      const scene = byHeading.get(escapeMarkdownLine(n.title)) ?? '';
      for (const text of texts(n)) expect(scene, `${n.id}: ${text}`).toContain(escapeMarkdown(text, '   '));
    }
  });

  it('draws every edge as an arrow to its target’s title, on its own choice or option', () => {
    for (const e of mission.edges) {
      const source = mission.nodes.find((n) => n.id === e.source) as MissionNode;
      const target = mission.nodes.find((n) => n.id === e.target) as MissionNode;
      const scene = byHeading.get(escapeMarkdownLine(source.title)) ?? '';
      const arrow = `→ ${escapeMarkdownLine(target.title)}`;
      const port = outputPorts(source).findIndex((p) => p.id === e.sourceHandle);
      if (source.type === 'dialog' || source.type === 'hub') {
        const item = scene.split('\n').find((line) => line.startsWith(`${port + 1}. `));
        expect(item, e.id).toContain(arrow);
      } else {
        expect(scene, e.id).toContain(arrow);
      }
    }
  });

  it('is the same text every time', () => {
    expect(exportScript(structuredClone(mission)).text).toBe(md);
  });
});

describe('exportScript', () => {
  const secondWave = load('second-wave');
  const md = exportScript(secondWave).text;

  it('writes a choice with its target, and its condition and effects in words', () => {
    expect(scenes(md).get("Skyl's Suspicion")).toContain(
      ['1. Hand him the device. "Keep it. Have your own people take it apart." → The Promenade\\', '   *Sets skylTrust to true.*'].join(
        '\n',
      ),
    );
    expect(md).toContain('*Only if the player is klingon. Raises coalition by 2.*');
    expect(md).toContain('*Only if cargoOutcome is "sealed". Raises coalition by 2.*');
  });

  it('writes hub options with (once), the way on last, and branches as if and otherwise', () => {
    expect(scenes(md).get('The Promenade')).toContain("1. Find Rugan Skyl at Quark's (once) → Rugan Skyl at Quark's\n");
    expect(scenes(md).get('The Promenade')).toContain('5. Head down to Cargo Bay Three (to move on) → Reach Cargo Bay Three');
    expect(scenes(md).get('What the Conference Left')).toContain(
      '- If coalition is at least 7 → An Alliance Forged in Retreat\n- Otherwise, if coalition is at least 3 → A Promise to Keep Talking\n- Otherwise → Every Delegation for Itself',
    );
  });

  it('summarises a fight: sides by wave, what wins, the round limit, and where each outcome leads', () => {
    const fight = scenes(md).get('Break the Line') ?? '';
    expect(fight).toContain('**Fight (space).**');
    expect(fight).toContain(
      "- Enemies: wave 1: 4 × Jem'Hadar Attack Ship; wave 2: Jem'Hadar Heavy Escort, 2 × Jem'Hadar Attack Ship; wave 3:",
    );
    expect(fight).toContain(
      '- To win: defeat every enemy and keep at least 2 of USS Fletcher (escort), USS Phinda (cruiser), USS Opaka (Discovery class) and USS Belfast-C (Defiant class) alive',
    );
    expect(fight).toContain('- Round limit: 40 rounds (reaching it loses the fight)');
    expect(fight).toContain('- Victory → Through the Line\n- Defeat → Ship Lost');
    expect(exportScript(load('tutorial')).text).toContain('- To win: survive 6 rounds, or defeat every enemy');
  });

  it('reads the acts in order, with the cast and both openings first', () => {
    const acts = md.match(/^## .*$/gm);
    expect(acts).toEqual([
      '## Cast',
      ...[
        '1: Arrival',
        '2: The Promenade',
        '3: Cargo Bay Three & the Temple',
        '4: The Conference',
        '5: Ambush & Evacuation',
        '6: Space Battle',
        '7: Endings',
      ].map((a) => `## Act ${a}`),
    ]);
    expect(md.indexOf('### Federation Opening')).toBeLessThan(md.indexOf('### Klingon Opening'));
    const klingon = exportScript(secondWave, { faction: 'klingon' }).text;
    expect(klingon.indexOf('### Klingon Opening')).toBeLessThan(klingon.indexOf('### Federation Opening'));
  });

  it('keeps hostile text literal: no tags, no links, no headings from mission text', () => {
    const mission = smallMission();
    const talk = mission.nodes.find((n) => n.id === 'talk');
    if (talk?.type !== 'dialog') throw new Error('the small mission has a dialog');
    talk.title = '<img src=x onerror=alert(1)>';
    talk.data.lines = ['<script>alert(1)</script>', '[click](javascript:alert(1))', '# not a heading', 'fine\n\n# nor this\n- nor a list'];
    talk.data.choices[0]!.text = '[x](javascript:alert(1)) <b>bold</b>';
    mission.cast[0]!.name = '**Quark** <i>';
    const out = exportScript(mission).text;
    expect(out).toContain('**\\*\\*Quark\\*\\* \\<i\\>:** \\<script\\>alert(1)\\</script\\>');
    expect(out).toContain('\\[click\\](javascript:alert(1))');
    expect(out).toContain('### \\<img src=x onerror=alert(1)\\>');
    expect(out).not.toMatch(/(?<!\\)<(script|img|b|i)\b/);
    expect(out).not.toMatch(/(?<!\\)\[(click|x)(?<!\\)\]\(/);
    expect(out).not.toMatch(/^\s*#+ (not|nor)/m);
    expect(out).not.toMatch(/^\s*- nor/m);
  });

  it('says when a choice goes nowhere, and names edges the engine would not follow', () => {
    const mission = smallMission();
    mission.edges = mission.edges.filter((e) => !(e.source === 'talk' && e.sourceHandle === 'bribe'));
    mission.edges.push(edge('talk', 'ask', 'lose'), edge('talk', 'ask', 'ghost'), edge('talk', 'shout', 'win'));
    const talk = scenes(exportScript(mission).text).get('talk') ?? '';
    expect(talk).toContain('1. Just information. → check *(also drawn → lose, never followed; an edge to a missing node, "ghost")*');
    expect(talk).toContain('2. Here is a bar of latinum. → (goes nowhere)');
    expect(talk).toContain('*An edge from a port this node lacks, "shout", never followed* → win');
  });

  it('marks nodes no start reaches, and tells apart nodes that share a title', () => {
    const mission = smallMission();
    mission.nodes.push(node('orphan', 'end', { outcome: 'failure', text: 'Alone.' }, { title: 'win' }));
    const out = exportScript(mission).text;
    expect(out).toContain('### win (orphan)\n\n*No start leads here.*');
    expect(out).toContain('→ win (win)');
  });
});
