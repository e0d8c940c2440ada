import { plural } from '@mission-studio/core/strings';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { PlayCheck } from './play-check.types';

// One formatter for every call: `toLocaleString` builds a new one each time, and the status bar asks on every
// answer of the pipeline (a profile of the 1,000-node mission found it the costliest selector of the page).
const NUMBERS = new Intl.NumberFormat('en-US');
const count = (n: number): string => NUMBERS.format(n);

const fightCount = (n: number): string => plural(n, 'fight');

/**
 * The fights in words, counted from the play check's own `combat-balance` findings, the ones the Problems panel
 * lists (the bar once said "1 fight balanced" while Problems warned that very fight was too hard).
 */
function describeFights(fights: number, findings: readonly Diagnostic[]): string {
  if (fights === 0) return '';
  const off = new Set(findings.filter((d) => d.code === 'combat-balance').map((d) => d.nodeId ?? d.path ?? d.message)).size;
  if (off === 0) return `, ${fightCount(fights)} balanced`;
  const balanced = Math.max(0, fights - off);
  return `, ${fightCount(off)} out of balance (see Problems)${balanced > 0 ? `, ${balanced} balanced` : ''}`;
}

/**
 * The status bar's words for where the play check stands (null: nothing to say). `findings` are the play
 * check's diagnostics, as the Problems panel shows them.
 */
export function describePlayCheck(check: PlayCheck, findings: readonly Diagnostic[] = []): string | null {
  switch (check.status) {
    case 'idle':
      return null;
    case 'skipped':
      return 'Play-throughs not checked: fix the errors first';
    case 'running':
      return check.phase === 'balance'
        ? `Checking play-throughs: ${count(check.states)} states, now the fights`
        : `Checking play-throughs: ${count(check.states)} states`;
    case 'failed':
      return `Play check failed: ${check.message}`;
    case 'done': {
      const s = check.summary;
      const endings =
        s.endings === 0 ? 'no endings' : `${s.reachableEndings} of ${s.endings} ending${s.endings === 1 ? '' : 's'} reachable`;
      const fights = describeFights(s.fights, findings);
      const cut = s.complete ? '' : ' (stopped at the state cap: a partial answer)';
      return `Play-throughs: ${count(s.states)} states, ${endings}${fights}${cut}`;
    }
  }
}
