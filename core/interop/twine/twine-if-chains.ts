/**
 * The `if` / `else if` / `else` chains of a passage: SugarCube's `<<if c>>…<<elseif c>>…<<else>>…<</if>>` and
 * Harlowe's `(if: c)[…](else-if: c)[…](else:)[…]`, with each branch's condition text and body. Only what the
 * importer can judge is returned: a chain whose end cannot be found, or that holds another chain, is `broken`
 * (it stays text). Scanning is linear in the passage's length.
 */

/** One branch of a chain: its condition text (null for `else`), negated for Harlowe's `(unless:)`, and its body. */
export interface IfBranch {
  condition: string | null;
  negated: boolean;
  body: string;
}

/** A chain and where it stands in the passage text. */
export interface IfChain {
  syntax: 'SugarCube' | 'Harlowe';
  offset: number;
  length: number;
  branches: IfBranch[];
  /** Why the chain cannot be read (unclosed, nested, a named hook), when it cannot. */
  broken?: string;
}

const SUGARCUBE_TAG = /<<\s*(if|elseif|else|\/if|endif)\b((?:[^>]|>(?!>)){0,2000})>>/g;

function sugarCubeChains(text: string): IfChain[] {
  const chains: IfChain[] = [];
  let open: { chain: IfChain; bodyFrom: number; depth: number } | null = null;
  for (const m of text.matchAll(SUGARCUBE_TAG)) {
    const kind = m[1] as string;
    const at = m.index;
    const after = at + m[0].length;
    if (!open) {
      if (kind !== 'if') continue; // a stray else or close: story code that stays text
      const chain: IfChain = {
        syntax: 'SugarCube',
        offset: at,
        length: 0,
        branches: [{ condition: (m[2] as string).trim(), negated: false, body: '' }],
      };
      open = { chain, bodyFrom: after, depth: 0 };
      continue;
    }
    const branch = open.chain.branches[open.chain.branches.length - 1] as IfBranch;
    if (kind === 'if') {
      open.depth++;
      open.chain.broken = 'it holds another <<if>>';
    } else if (open.depth > 0) {
      if (kind === '/if' || kind === 'endif') open.depth--;
    } else if (kind === 'elseif' || kind === 'else') {
      branch.body = text.slice(open.bodyFrom, at);
      open.chain.branches.push({ condition: kind === 'else' ? null : (m[2] as string).trim(), negated: false, body: '' });
      open.bodyFrom = after;
    } else {
      branch.body = text.slice(open.bodyFrom, at);
      open.chain.length = after - open.chain.offset;
      chains.push(open.chain);
      open = null;
    }
  }
  if (open) chains.push({ ...open.chain, length: text.length - open.chain.offset, broken: 'it has no <</if>>' });
  return chains;
}

/** The offset just past the bracket that closes the one at `from` (`(` or `[`), skipping quoted text; -1 if none. */
function closing(text: string, from: number): number {
  const open = text[from] as string;
  const close = open === '(' ? ')' : ']';
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (open === '(' && (c === '"' || c === "'")) {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return -1;
}

// Harlowe macro names ignore case, `-` and `_`: (else-if:), (elseif:), (ElseIf:) are one macro.
const HARLOWE_IF = /\(\s*(if|unless|else[-_]?if|elsif|else)\s*:/gi;

function harloweKind(name: string): 'if' | 'unless' | 'elseif' | 'else' {
  const n = name.toLowerCase().replace(/[-_]/g, '');
  return n === 'if' ? 'if' : n === 'unless' ? 'unless' : n === 'else' ? 'else' : 'elseif';
}

function harloweChains(text: string): IfChain[] {
  const chains: IfChain[] = [];
  let current: IfChain | null = null;
  let end = 0;
  HARLOWE_IF.lastIndex = 0;
  for (let m = HARLOWE_IF.exec(text); m; m = HARLOWE_IF.exec(text)) {
    const kind = harloweKind(m[1] as string);
    const at = m.index;
    const macroEnd = closing(text, at);
    // An else joins the chain before it only when nothing but white space stands between them.
    const joins = current !== null && (kind === 'else' || kind === 'elseif') && text.slice(end, at).trim() === '';
    if (!joins && current) {
      chains.push(current);
      current = null;
    }
    if (!joins && kind !== 'if' && kind !== 'unless') continue; // an else with no if before it stays text
    const chain: IfChain = current ?? { syntax: 'Harlowe', offset: at, length: 0, branches: [] };
    const condition = macroEnd < 0 ? '' : text.slice(at + m[0].length, macroEnd - 1).trim();
    const hookAt = macroEnd < 0 ? -1 : macroEnd + (/^\s*/.exec(text.slice(macroEnd, macroEnd + 200))?.[0].length ?? 0);
    const hookEnd = hookAt >= 0 && text[hookAt] === '[' ? closing(text, hookAt) : -1;
    if (hookEnd < 0) {
      chain.broken = macroEnd < 0 ? `its (${m[1]}:) macro is not closed` : `its (${m[1]}:) macro has no [hook] right after it`;
      chain.length = Math.max(macroEnd, at + m[0].length) - chain.offset;
      chains.push(chain);
      current = null;
      HARLOWE_IF.lastIndex = Math.max(macroEnd, at + m[0].length);
      continue;
    }
    const body = text.slice(hookAt + 1, hookEnd - 1);
    if (/\(\s*(if|unless|else[-_]?if|elsif|else)\s*:/i.test(body)) chain.broken = 'it holds another (if:)';
    chain.branches.push({ condition: kind === 'else' ? null : condition, negated: kind === 'unless', body });
    chain.length = hookEnd - chain.offset;
    end = hookEnd;
    current = chain;
    HARLOWE_IF.lastIndex = hookEnd;
  }
  if (current) chains.push(current);
  return chains;
}

/** Every if-chain of a passage, in text order. */
export function findIfChains(text: string): IfChain[] {
  return [...sugarCubeChains(text), ...harloweChains(text)].sort((a, b) => a.offset - b.offset);
}

const GOTO = /^\s*(?:<<\s*goto\s+(?:"([^"]*)"|'([^']*)'|\[\[([^\]]*)\]\])\s*>>|\(\s*go-?to\s*:\s*(?:"([^"]*)"|'([^']*)')\s*\))\s*$/i;

/** The passage a body sends the player to when it is one `<<goto>>` or `(go-to:)` and nothing else. */
export function gotoTarget(body: string): string | undefined {
  const m = GOTO.exec(body);
  return m ? m.slice(1).find((g) => g !== undefined) : undefined;
}
