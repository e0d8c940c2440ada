import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAYER_SCRIPT, PLAYER_STYLE } from '@mission-studio/core/export';
import { generatePlayerSource, inlineSafe, outputPath } from './generate-player.mjs';

describe('the generated player assets', () => {
  it("are made from player/ and core/runtime as they are now (vitest's setup wrote them)", async () => {
    expect(readFileSync(outputPath, 'utf8')).toBe(await generatePlayerSource());
  });

  it('can stand inline in a page: nothing in them ends their element or opens a comment', () => {
    expect(/<\/script|<!--/i.test(PLAYER_SCRIPT)).toBe(false);
    expect(/<\/style|<!--/i.test(PLAYER_STYLE)).toBe(false);
    expect(PLAYER_SCRIPT.length).toBeGreaterThan(1000);
    // Plain ASCII: the page's bytes, and so its CSP hashes, do not depend on an encoding.
    expect(/[^\t\n\r\x20-\x7e]/.test(PLAYER_SCRIPT + PLAYER_STYLE)).toBe(false);
  });

  it('keep the meaning of a literal that spelled an end tag', () => {
    expect(inlineSafe('x="</script><!--</STYLE>"')).toBe('x="<\\/script><\\!--<\\/STYLE>"');
  });
});
