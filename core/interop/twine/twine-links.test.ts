import { describe, expect, it } from 'vitest';
import { findLinks, withoutLinks } from './twine-links';

describe('findLinks', () => {
  it('reads every link form Twine 2 writes', () => {
    const text = '[[Go]] [[Open the door->Hall]] [[Cellar<-Climb down]] [[Wait|Porch]] [[Pay|Shop][$gold to 0]]';
    expect(findLinks(text).map((l) => [l.text, l.target])).toEqual([
      ['Go', 'Go'],
      ['Open the door', 'Hall'],
      ['Climb down', 'Cellar'],
      ['Wait', 'Porch'],
      ['Pay', 'Shop'],
    ]);
  });

  it('divides at the rightmost arrow, as Harlowe does', () => {
    expect(findLinks('[[a->b->c]]').map((l) => [l.text, l.target])).toEqual([['a->b', 'c']]);
  });

  it('leaves links to web addresses in the text', () => {
    expect(findLinks('[[Chapbook->https://example.org/chapbook]]')).toEqual([]);
  });

  it('takes the links out of the text', () => {
    const text = 'Before [[x->y]] after';
    expect(withoutLinks(text, findLinks(text))).toBe('Before  after');
  });
});
