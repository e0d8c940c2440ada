/**
 * What a passage's if-chains become in the mission, where they map cleanly:
 * - a passage that is only a chain of `<<goto>>` / `(go-to:)` branches (and links to the same passages, as the
 *   Twee export writes for Twine's map) becomes a branch node, its cases in order and its `else` port;
 * - a chain whose branches hold only links gives those links conditions, so they become guarded choices
 *   (`<<elseif>>` and `<<else>>` links get the earlier conditions' negations).
 * Everything else stays in the text, and each chain left there is a warning that says why.
 */
import { formatExpression, parseCondition } from '../../expressions';
import type { VariableType } from '../../format/mission.types';
import { convertCondition } from './twine-conditions';
import { findIfChains, gotoTarget, type IfChain } from './twine-if-chains';
import { findLinks, withoutLinks } from './twine-links';

/** What the chains of one passage gave. */
export interface PassageConditions {
  /** The passage text with each converted chain replaced by its links. */
  text: string;
  /** The condition of each guarded link, by the link's offset in `text`. */
  linkConditions: ReadonlyMap<number, string>;
  /** Set when the whole passage is a branch: its cases, in order, and where `else` goes. */
  branch?: { cases: Array<{ condition: string; target: string }>; elseTarget?: string };
  /** One sentence per chain left as text, saying why. */
  kept: string[];
}

const opener = (chain: IfChain): string => (chain.syntax === 'SugarCube' ? '<<if>>' : '(if:)');

/** `!(a) && !(b) && c`, tidied by the expression printer. */
function conjunction(negated: readonly string[], own: string | null): string {
  const parts = [...negated.map((c) => `!(${c})`), ...(own === null ? [] : [`(${own})`])];
  const parsed = parseCondition(parts.join(' && '));
  return parsed.ok ? formatExpression(parsed.value) : parts.join(' && ');
}

/**
 * The conditions of a chain's branches in mission words: branch i holds when its own condition does and no
 * earlier one did. `types` gains the variables' types when every condition converts.
 */
function chainConditions(
  chain: IfChain,
  types: Map<string, VariableType>,
): { ok: true; conditions: string[] } | { ok: false; reason: string } {
  const local = new Map(types);
  const own: string[] = [];
  for (const branch of chain.branches) {
    if (branch.condition === null) continue;
    const converted = convertCondition(branch.condition, local);
    if (!converted.ok) return { ok: false, reason: `"${branch.condition.slice(0, 80)}": ${converted.reason}` };
    for (const [name, type] of converted.types) local.set(name, type);
    own.push(branch.negated ? conjunction([converted.condition], null) : converted.condition);
  }
  const conditions: string[] = [];
  let k = 0;
  for (const branch of chain.branches) {
    const earlier = own.slice(0, k);
    conditions.push(conjunction(earlier, branch.condition === null ? null : (own[k++] as string)));
  }
  for (const [name, type] of local) types.set(name, type);
  return { ok: true, conditions };
}

/** A passage that is one chain of gotos, with nothing else but links to those same passages. */
function asBranch(text: string, chain: IfChain, types: Map<string, VariableType>): PassageConditions['branch'] | string | undefined {
  const targets = chain.branches.map((b) => gotoTarget(b.body));
  if (chain.broken || targets.some((t) => t === undefined)) return undefined;
  const outside = text.slice(0, chain.offset) + text.slice(chain.offset + chain.length);
  const links = findLinks(outside);
  if (withoutLinks(outside, links).trim() !== '' || links.some((l) => !targets.includes(l.target))) return undefined;
  const last = chain.branches[chain.branches.length - 1];
  // Cases are tried in order with the first true one winning, so each keeps its own condition.
  const local = new Map(types);
  const cases: Array<{ condition: string; target: string }> = [];
  for (const [i, branch] of chain.branches.entries()) {
    if (branch.condition === null) continue;
    const converted = convertCondition(branch.condition, local);
    if (!converted.ok) return `"${branch.condition.slice(0, 80)}": ${converted.reason}`;
    for (const [name, type] of converted.types) local.set(name, type);
    cases.push({
      condition: branch.negated ? conjunction([converted.condition], null) : converted.condition,
      target: targets[i] as string,
    });
  }
  for (const [name, type] of local) types.set(name, type);
  return { cases, ...(last?.condition === null ? { elseTarget: gotoTarget(last.body) as string } : {}) };
}

/**
 * Reads a passage's if-chains. `types` holds the story's variables met so far and gains the new ones;
 * `guardedLinks` is false when the passage's node cannot hold a condition on its way on (a narration, a start
 * with one link): its chains then stay text. `mayBranch` allows the whole passage to become a branch.
 */
export function readPassageConditions(
  text: string,
  types: Map<string, VariableType>,
  options: { guardedLinks: boolean; mayBranch: boolean },
): PassageConditions {
  const chains = findIfChains(text);
  const none: PassageConditions = { text, linkConditions: new Map(), kept: [] };
  if (chains.length === 0) return none;
  const kept: string[] = [];
  if (options.mayBranch && chains.length === 1) {
    const branch = asBranch(text, chains[0] as IfChain, types);
    if (typeof branch === 'object') return { ...none, branch };
    if (typeof branch === 'string') return { ...none, kept: [`${opener(chains[0] as IfChain)} kept as text: ${branch}`] };
  }
  let out = '';
  let at = 0;
  const pending: Array<{ from: number; to: number; condition: string }> = [];
  for (const chain of chains) {
    if (chain.offset < at) continue; // inside a chain already handled (a Harlowe chain within SugarCube's, say)
    const linksOnly = chain.branches.every((b) => {
      const links = findLinks(b.body);
      return links.length > 0 && withoutLinks(b.body, links).trim() === '';
    });
    let reason: string | undefined = chain.broken;
    if (!reason && !linksOnly) reason = 'its branches hold more than links (text or other code), which a condition on a choice cannot say';
    if (!reason && !options.guardedLinks) reason = 'this passage becomes a node whose way on cannot have a condition';
    const converted = reason ? undefined : chainConditions(chain, types);
    if (converted && !converted.ok) reason = converted.reason;
    if (reason || !converted?.ok) {
      kept.push(`${opener(chain)} kept as text: ${reason}`);
      continue;
    }
    out += text.slice(at, chain.offset);
    chain.branches.forEach((branch, i) => {
      for (const link of findLinks(branch.body)) {
        const raw = branch.body.slice(link.offset, link.offset + link.length);
        pending.push({ from: out.length, to: out.length + raw.length, condition: converted.conditions[i] as string });
        out += `${raw}\n`;
      }
    });
    at = chain.offset + chain.length;
  }
  out += text.slice(at);
  const linkConditions = new Map<number, string>();
  for (const link of findLinks(out)) {
    const guard = pending.find((p) => link.offset >= p.from && link.offset < p.to);
    if (guard) linkConditions.set(link.offset, guard.condition);
  }
  return { text: out, linkConditions, kept };
}
