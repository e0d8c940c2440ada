import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTwineHtml } from './parse-twine-html';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseTwineHtml', () => {
  it('reads a published Harlowe story: start node, passages, tags, positions, lines', () => {
    const parsed = parseTwineHtml(fixture('harlowe-twine-example.html'));
    if (!parsed.ok) throw new Error(parsed.message);
    const [story] = parsed.stories;
    expect(story).toMatchObject({ name: 'twineExample', format: 'Harlowe', formatVersion: '2.1.0', start: 'Start' });
    expect(story?.passages).toHaveLength(5);
    expect(story?.passages[0]).toMatchObject({ name: 'Start', position: { x: 102, y: 104 }, line: 12 });
    expect(story?.passages[0]?.text).toContain('[[Another passage]]');
  });

  it('decodes HTML entities in names and text', () => {
    const parsed = parseTwineHtml(fixture('harlowe-entities.html'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.stories[0]?.passages.map((p) => p.name)).toEqual(['"Test"', 'Where do tags begin? [well', '][][']);
  });

  it('reads every story of a library archive', () => {
    const parsed = parseTwineHtml(fixture('archive-harlowe-and-sugarcube.html'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.stories.map((s) => [s.name, s.format])).toEqual([
      ['Untitled Story 6', 'Harlowe'],
      ['Untitled Story', 'SugarCube'],
    ]);
  });

  it('never runs or keeps markup of the page: script text is not passage text', () => {
    const parsed = parseTwineHtml(
      '<tw-storydata name="S" startnode="1"><script>alert(1)</script><tw-passagedata pid="1" name="A">&lt;img src=x onerror=alert(1)&gt;</tw-passagedata></tw-storydata>',
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.stories[0]?.passages[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('warns about a position that is not "x,y" and a start node that is not there', () => {
    const parsed = parseTwineHtml(
      '<tw-storydata name="S" startnode="9">\n<tw-passagedata pid="1" name="A" position="left">x</tw-passagedata></tw-storydata>',
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.notes.map((n) => [n.code, n.line])).toEqual([
      ['twine-metadata', 2],
      ['twine-metadata', 1],
    ]);
    expect(parsed.stories[0]?.start).toBe('A');
  });

  it('says an HTML page with no <tw-storydata> is not a Twine story', () => {
    expect(parseTwineHtml('<!doctype html><html><body><p>Hello</p></body></html>')).toMatchObject({
      ok: false,
      message: expect.stringContaining('<tw-storydata>'),
    });
  });
});
