import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../format/load';
import { serializeMission } from '../../format/serialize';
import { validateMission } from '../../validate/validate-mission';
import { smallMission } from '../../test-support/mission-builder';
import { exportTwee } from './export-twee';
import { importTwine, MAX_IMPORT_CHARS } from './import-twine';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function imported(text: string, story?: string) {
  const result = importTwine(text, story === undefined ? {} : { story });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('importTwine', () => {
  it('turns a published Harlowe story into a mission: passages are nodes, links are edges, positions kept', () => {
    const { mission } = imported(fixture('harlowe-twine-example.html'));
    expect(mission.nodes.map((n) => [n.title, n.type])).toEqual([
      ['Start', 'start'],
      ['Start: choices', 'dialog'],
      ['Another passage', 'dialog'],
      ['A third passage', 'dialog'],
      ['A fourth passage', 'dialog'],
      ['A fifth passage', 'end'],
    ]);
    expect(mission.nodes[0]?.position).toEqual({ x: 102, y: 104 });
    const start = mission.nodes[0];
    // The start passage offers two links: the start node leads to a dialog holding them.
    expect(mission.edges.filter((e) => e.source === start?.id)).toHaveLength(1);
    expect(mission.edges).toHaveLength(1 + 2 + 2 + 1 + 1);
    expect(mission.edges.map((e) => e.target)).toContain('a-third-passage');
    expect(loadMission(serializeMission(mission)).mission).not.toBeNull();
  });

  it('imports the Chapbook Cloak of Darkness, keeping Chapbook code as text and listing it as info', () => {
    const { mission, diagnostics } = imported(fixture('chapbook-cloak-of-darkness.twee'));
    expect(mission.nodes.find((n) => n.type === 'start')?.title).toBe('Start');
    expect(mission.nodes.map((n) => n.title)).toEqual(expect.arrayContaining(['Outside', 'Foyer', 'Cloakroom', 'Bar']));
    const foyer = mission.nodes.find((n) => n.title === 'Foyer');
    expect(foyer?.type).toBe('dialog');
    expect(foyer?.type === 'dialog' && foyer.data.lines.join(' ')).toContain("[if _previousRoom === 'Outside']");
    const macros = diagnostics.filter((d) => d.code === 'twine-macro');
    expect(macros.length).toBeGreaterThan(3);
    expect(macros.every((d) => d.severity === 'info' && d.nodeId !== undefined && d.sourceLine > 0)).toBe(true);
    // The web links of the title page stay text; the one passage link is the start's way on.
    expect(mission.edges.filter((e) => e.source === 'start').map((e) => e.target)).toEqual(['outside']);
  });

  it('imports a SugarCube Twee 3 story and skips its stylesheet passage with a note', () => {
    const { mission, diagnostics } = imported(fixture('sugarcube-example.twee'));
    expect(mission.meta).toMatchObject({ title: 'twineExample', tags: ['twine', 'sugarcube'] });
    expect(mission.nodes.map((n) => n.title)).toEqual(['Start']);
    expect(diagnostics.map((d) => d.code)).toEqual(['twine-skipped-passage']);
  });

  it("keeps a passage's tags on its node, from Twee and from Twine's HTML alike", () => {
    const start = imported(fixture('sugarcube-example.twee')).mission.nodes[0];
    expect(start?.tags).toEqual(['tag', 'tags']);
    const html =
      '<tw-storydata name="Tagged" startnode="1"><tw-passagedata pid="1" name="Gate" tags="act1 needs-review">[[In->Hall]]</tw-passagedata><tw-passagedata pid="2" name="Hall" tags="">The end.</tw-passagedata></tw-storydata>';
    const nodes = imported(html).mission.nodes;
    expect(nodes.find((n) => n.title === 'Gate')?.tags).toEqual(['act1', 'needs-review']);
    expect(nodes.find((n) => n.title === 'Hall')).not.toHaveProperty('tags');
  });

  it("leaves out the tags a node's kind already says, and keeps the rest once each", () => {
    const { mission } = imported(':: Start\n[[Go->Ending]]\n\n:: Ending [end failure speaker:Kira act2 act2 failure-path]\nLost.\n');
    const ending = mission.nodes.find((n) => n.title === 'Ending');
    expect(ending).toMatchObject({ type: 'end', data: { outcome: 'failure' }, tags: ['act2', 'failure-path'] });
    expect(loadMission(serializeMission(mission)).mission?.nodes.find((n) => n.title === 'Ending')?.tags).toEqual(['act2', 'failure-path']);
  });

  it('brings conditions written by the Twee export back: guarded links as choice conditions, <<goto>> chains as branches', () => {
    const { mission, diagnostics } = imported(exportTwee(smallMission()).text);
    const talk = mission.nodes.find((n) => n.title === 'talk');
    expect(talk?.type === 'dialog' && talk.data.choices.find((c) => c.text === 'Here is a bar of latinum.')?.condition).toBe(
      'credits >= 10',
    );
    const check = mission.nodes.find((n) => n.title === 'check');
    expect(check).toMatchObject({ type: 'branch', data: { cases: [{ id: 'case-1', condition: 'trusted' }] } });
    expect(mission.edges.filter((e) => e.source === check?.id).map((e) => [e.sourceHandle, e.target])).toEqual([
      ['case-1', 'win'],
      ['else', 'lose'],
    ]);
    expect(mission.variables.map((v) => [v.id, v.type])).toEqual(
      expect.arrayContaining([
        ['credits', 'number'],
        ['trusted', 'bool'],
      ]),
    );
    expect(diagnostics.filter((d) => d.code === 'twine-condition')).toEqual([]);
    expect(validateMission(mission).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('warns, naming the passage, about each if-chain it keeps as text', () => {
    const { diagnostics } = imported(':: Start\n[[Go->Bar]]\n\n:: Bar\n<<if $met>>Welcome back.<</if>>\n[[Leave->Start]]\n');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'twine-condition',
        severity: 'warning',
        nodeId: 'bar',
        sourceLine: 5,
        message: expect.stringMatching(/^passage "Bar": <<if>> kept as text/),
      }),
    );
  });

  it('imports the first story of an archive and lists the others, or the one named', () => {
    const first = imported(fixture('archive-harlowe-and-sugarcube.html'));
    expect(first.story).toBe('Untitled Story 6');
    expect(first.otherStories).toEqual(['Untitled Story']);
    expect(first.diagnostics.find((d) => d.code === 'twine-other-stories')?.message).toContain('"Untitled Story"');
    expect(imported(fixture('archive-harlowe-and-sugarcube.html'), 'Untitled Story').mission.meta.tags).toEqual(['twine', 'sugarcube']);
    expect(importTwine(fixture('archive-harlowe-and-sugarcube.html'), { story: 'Nope' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('"Untitled Story 6"'),
    });
  });

  it('makes a broken link a dangling-edge problem, not a refusal', () => {
    const { mission } = imported(':: Start\nGo [[on->Nowhere]].\n');
    expect(validateMission(mission)).toContainEqual(expect.objectContaining({ code: 'dangling-edge' }));
  });

  it('refuses a file past the size limit in one line, quickly', () => {
    const huge = `:: Start\n${'x'.repeat(MAX_IMPORT_CHARS)}`;
    expect(importTwine(huge)).toMatchObject({ ok: false, message: expect.stringContaining('million characters') });
  });

  it('refuses binary junk and names the line', () => {
    expect(importTwine('GIF89a\n\u0000\u0001\u0002')).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('binary') });
  });

  it('refuses an HTML page that is not a Twine story and a text with no passages', () => {
    expect(importTwine('<html><body>Hi</body></html>')).toMatchObject({ ok: false });
    expect(importTwine('hello')).toMatchObject({ ok: false });
  });

  it('reads 20 MB of unclosed HTML without hanging: refused at the limit, and a large real-shaped story in time', () => {
    expect(importTwine('<tw-storydata name="x">' + '<tw-passagedata name="a">'.repeat(800_000))).toMatchObject({ ok: false });
    const passages = Array.from(
      { length: 2000 },
      (_, i) => `<tw-passagedata pid="${i + 1}" name="P${i}">[[P${i + 1}]]</tw-passagedata>`,
    ).join('');
    const { mission } = imported(`<tw-storydata name="Big" startnode="1">${passages}</tw-storydata>`);
    expect(mission.nodes).toHaveLength(2000);
  });
});
