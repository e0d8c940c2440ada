import { describe, expect, it } from 'vitest';
import { connectionState, type ConnectionFacts } from './connection-status';

const facts = (over: Partial<ConnectionFacts>): ConnectionFacts => ({
  socket: 'connecting',
  everSynced: false,
  readOnly: false,
  refused: false,
  ...over,
});

describe('connectionState', () => {
  it('is connecting until the room has been synced once', () => {
    expect(connectionState(facts({}))).toBe('connecting');
    expect(connectionState(facts({ socket: 'connected' }))).toBe('connecting');
  });

  it('is connected, or read-only with a read-only token, once synced', () => {
    expect(connectionState(facts({ socket: 'connected', everSynced: true }))).toBe('connected');
    expect(connectionState(facts({ socket: 'connected', everSynced: true, readOnly: true }))).toBe('read-only');
  });

  it('is offline (edits kept) when the socket drops or retries after a sync', () => {
    expect(connectionState(facts({ socket: 'disconnected', everSynced: true }))).toBe('offline');
    expect(connectionState(facts({ socket: 'connecting', everSynced: true }))).toBe('offline');
  });

  it('says the token was refused whatever the socket does', () => {
    expect(connectionState(facts({ socket: 'connected', everSynced: true, refused: true }))).toBe('refused');
  });
});
