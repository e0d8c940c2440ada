import { describe, expect, it } from 'vitest';
import { parseTwee } from './parse-twee';

const ok = (text: string) => {
  const parsed = parseTwee(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
};

describe('parseTwee', () => {
  it('reads the title, StoryData, tags, escaped names and positions', () => {
    const { stories, notes } = ok(
      [
        ':: StoryTitle',
        'The Hook',
        '',
        ':: StoryData',
        '{"ifid":"D674C58C-DEFA-4F70-B7A2-27742230C0FC","format":"Harlowe","format-version":"3.3.8","start":"Gate [1]"}',
        '',
        ':: Gate \\[1\\] [outside wet] {"position":"600,400","size":"100,100"}',
        'Rain.',
        '',
        '',
        ':: Hall',
        'Dry.',
      ].join('\n'),
    );
    expect(notes).toEqual([]);
    const [story] = stories;
    expect(story).toMatchObject({
      name: 'The Hook',
      ifid: 'D674C58C-DEFA-4F70-B7A2-27742230C0FC',
      format: 'Harlowe',
      formatVersion: '3.3.8',
      start: 'Gate [1]',
    });
    expect(story?.passages[0]).toMatchObject({
      name: 'Gate [1]',
      tags: ['outside', 'wet'],
      text: 'Rain.',
      position: { x: 600, y: 400 },
      line: 7,
    });
    expect(story?.passages[1]).toMatchObject({ name: 'Hall', text: 'Dry.' });
  });

  it('warns about a StoryData that is not JSON and goes on', () => {
    const { stories, notes } = ok(':: StoryData\n{"ifid": oops\n\n:: Start\nHello.');
    expect(notes).toEqual([expect.objectContaining({ severity: 'warning', code: 'twine-metadata', line: 1 })]);
    expect(stories[0]?.passages.map((p) => p.name)).toEqual(['Start']);
  });

  it('warns about passage metadata that is not JSON, drops it and keeps the passage', () => {
    const { stories, notes } = ok(':: Start {"position":"10,\nHello.');
    expect(notes).toEqual([expect.objectContaining({ code: 'twine-metadata', line: 1 })]);
    expect(stories[0]?.passages[0]).toMatchObject({ name: 'Start', text: 'Hello.' });
    expect(stories[0]?.passages[0]?.position).toBeUndefined();
  });

  it('names the line of a header cut off inside its tag block', () => {
    const { notes, stories } = ok(':: Start\nHello.\n:: Hall [dark wet');
    expect(notes).toEqual([expect.objectContaining({ code: 'twine-metadata', line: 3, message: expect.stringContaining('cut off') })]);
    expect(stories[0]?.passages[1]).toMatchObject({ name: 'Hall', tags: ['dark', 'wet'] });
  });

  it('imports Twine 1-era Twee with a byte order mark and no StoryData, starting at Start', () => {
    const { stories } = ok('\uFEFF:: Intro\nFirst.\n\n:: Start\nReally first.\r\n');
    expect(stories[0]).toMatchObject({ name: '', start: 'Start' });
    expect(stories[0]?.passages.map((p) => p.name)).toEqual(['Intro', 'Start']);
  });

  it('reports a duplicate passage name and keeps the first', () => {
    const { stories, notes } = ok(':: Start\nOne.\n:: Start\nTwo.');
    expect(notes).toEqual([expect.objectContaining({ code: 'twine-duplicate-passage', line: 3 })]);
    expect(stories[0]?.passages).toEqual([expect.objectContaining({ name: 'Start', text: 'One.' })]);
  });

  it('says a text with no passage header is not a Twine story', () => {
    expect(parseTwee('Just some notes.\nNo passages.')).toMatchObject({ ok: false, message: expect.stringContaining('not a Twine story') });
  });
});
