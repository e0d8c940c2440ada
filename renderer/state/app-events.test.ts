import { describe, expect, it } from 'vitest';
import { createAppEvents } from './app-events';

describe('the app events', () => {
  it('calls every listener of a type with the event, and stops calling one that stopped listening', () => {
    const events = createAppEvents();
    const heard: string[] = [];
    const stop = events.on('reveal-node', ({ nodeId }) => heard.push(`a:${nodeId}`));
    events.on('reveal-node', ({ nodeId }) => heard.push(`b:${nodeId}`));
    events.emit('reveal-node', { nodeId: 'x' });
    stop();
    events.emit('reveal-node', { nodeId: 'y' });
    expect(heard).toEqual(['a:x', 'b:x', 'b:y']);
  });

  it('holds the newest event nobody listened to for the first listener, once', () => {
    const events = createAppEvents();
    events.emit('reveal-range', { range: { offset: 1, length: 1, line: 1, column: 2 } });
    events.emit('reveal-range', { range: { offset: 9, length: 1, line: 2, column: 3 } });
    const first: number[] = [];
    events.on('reveal-range', ({ range }) => first.push(range.line));
    const second: number[] = [];
    events.on('reveal-range', ({ range }) => second.push(range.line));
    expect(first).toEqual([2]);
    expect(second).toEqual([]);
  });
});
