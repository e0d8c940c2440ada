import type { Usage } from '@mission-studio/core/edit';

/** One line that sums usages up: "17 writes, 3 reads in 7 nodes", "used 4 times in 3 nodes", "not used by any node". */
export function summarizeUsages(usages: readonly Usage[]): string {
  if (usages.length === 0) return 'not used by any node';
  const nodes = new Set(usages.map((u) => u.nodeId)).size;
  const inNodes = `in ${nodes} ${nodes === 1 ? 'node' : 'nodes'}`;
  const counts = (['write', 'read', 'unparsed'] as const)
    .map((access) => [access, usages.filter((u) => u.access === access).length] as const)
    .filter(([, n]) => n > 0)
    .map(([access, n]) =>
      access === 'unparsed' ? `${n} that ${n === 1 ? 'does' : 'do'} not parse` : `${n} ${access}${n === 1 ? '' : 's'}`,
    );
  return counts.length > 0
    ? `${counts.join(', ')} ${inNodes}`
    : `used ${usages.length} ${usages.length === 1 ? 'time' : 'times'} ${inNodes}`;
}
