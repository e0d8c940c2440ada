import { describe, expect, it } from 'vitest';
import { renameNotice } from './rename-notice';

const at = (nodeId: string) => ({ path: '/nodes/0/data/cases/0/condition', nodeId, text: 'x +', message: 'Expected expression' });

describe('renameNotice', () => {
  it('says nothing when every expression was rewritten', () => {
    expect(renameNotice('talk', [])).toBeNull();
  });

  it('names the nodes whose expressions were left as they were', () => {
    expect(renameNotice('talk', [at('check')])).toBe(
      "1 expression that does not parse was left as it was and may still say 'talk': see check.",
    );
    expect(renameNotice('gold', [at('a'), at('a'), at('b'), at('c'), at('d'), at('e')])).toBe(
      "6 expressions that do not parse were left as they were and may still say 'gold': see a, b, c and 2 more.",
    );
  });
});
