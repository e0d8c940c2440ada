import type { PlayCheck } from './play-check.types';

const count = (n: number): string => n.toLocaleString('en-US');

/** The status bar's words for where the play check stands (null: nothing to say). */
export function describePlayCheck(check: PlayCheck): string | null {
  switch (check.status) {
    case 'idle':
      return null;
    case 'skipped':
      return 'Play-throughs not checked: fix the errors first';
    case 'running':
      return check.phase === 'balance' ? `Checking play-throughs: ${count(check.states)} states, now the fights` : `Checking play-throughs: ${count(check.states)} states`;
    case 'failed':
      return `Play check failed: ${check.message}`;
    case 'done': {
      const s = check.summary;
      const endings = s.endings === 0 ? 'no endings' : `${s.reachableEndings} of ${s.endings} ending${s.endings === 1 ? '' : 's'} reachable`;
      const fights = s.fights === 0 ? '' : `, ${s.fights} fight${s.fights === 1 ? '' : 's'} balanced`;
      const cut = s.complete ? '' : ' (stopped at the state cap: a partial answer)';
      return `Play-throughs: ${count(s.states)} states, ${endings}${fights}${cut}`;
    }
  }
}
