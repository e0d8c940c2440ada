import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, locatePointers, spanForPointer } from './json-syntax';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, true, null, "x"], "b": {}}')).toBeNull();
  });

  it.each([
    ['{"a":}', 5, 'expected a value'],
    ['{"a":1,}', 7, 'trailing comma'],
    ['[1,2', 4, 'incomplete'],
    ['{"a":1}x', 7, 'after the end'],
    ['{"a" 1}', 5, "expected ':'"],
    ['{a:1}', 1, 'property name'],
    ['{"a": "b\nc"}', 8, 'line ends'],
    ['{"a": "b\u0001"}', 8, 'control characters'],
    ['// note\n{}', 0, 'comments'],
    ['', 0, 'incomplete'],
  ])('reports %j at offset %i', (text, offset, words) => {
    const error = findJsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.message).toContain(words);
  });

  it('handles 100,000 levels of nesting without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    expect(findJsonSyntaxError(deep)?.message).toContain('incomplete');
  });
});

describe('locatePointers', () => {
  const text = '{\n  "nodes": [\n    {"id": "a", "data": {"x": [1, 2]}},\n    {"id": "b~/c"}\n  ]\n}';

  it('finds values, objects and arrays by JSON pointer', () => {
    const spans = locatePointers(text, ['/nodes/0/id', '/nodes/0/data/x/1', '/nodes/1', '/nodes']);
    expect(text.substr(spans.get('/nodes/0/id')!.offset, 3)).toBe('"a"');
    expect(text[spans.get('/nodes/0/data/x/1')!.offset]).toBe('2');
    expect(text.substr(spans.get('/nodes/1')!.offset, spans.get('/nodes/1')!.length)).toBe('{"id": "b~/c"}');
    expect(text[spans.get('/nodes')!.offset]).toBe('[');
  });

  it('steps over containers that hold nothing asked for, brackets and escaped quotes in their strings included', () => {
    const tricky = '{"skip": {"s": "a \\" ] } [ {", "n": [[{}], {"t": "}"}]}, "keep": [0, {"v": "here"}]}';
    const spans = locatePointers(tricky, ['/keep/1/v']);
    expect(tricky.substr(spans.get('/keep/1/v')!.offset, 6)).toBe('"here"');
    // Every value asked for is found as when the text is walked whole.
    const whole = locatePointers(tricky, ['/skip/s', '/skip/n/1/t', '/keep/1/v']);
    expect(tricky.substr(whole.get('/skip/n/1/t')!.offset, 3)).toBe('"}"');
    expect(whole.get('/keep/1/v')).toEqual(spans.get('/keep/1/v'));
  });

  it('falls back to the nearest ancestor for a pointer that is not in the text', () => {
    const spans = locatePointers(text, ['/nodes/0', '/nodes/0/missing', '']);
    expect(spanForPointer(spans, '/nodes/0/missing')).toEqual(spans.get('/nodes/0'));
  });
});
