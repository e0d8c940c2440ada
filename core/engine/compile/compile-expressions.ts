/**
 * Parses and compiles a mission's condition and effect texts against its variable slots, and records what each
 * one reads: the slots (to find the variables that matter), the nodes named by visited(), the string literals.
 */
import { compileEffect, compileExpression, type CompileResolver } from '../../expressions/compile';
import type { EffectExpr, Expr, ParseResult } from '../../expressions/ast.types';
import type { CompiledEffectEntry, CompiledValue, ExprReads, SlotInfo } from './compiled-mission.types';

/** A compiled condition and what it reads. */
export interface CompiledCondition {
  compute: CompiledValue;
  reads: ExprReads;
}

const NO_READS: ExprReads = { slots: [], tracked: [] };

/**
 * How a mission's condition and effect texts become trees: core's parser in the editor and the CLI; the
 * runtime passes a lookup of the trees its export file carries (so a shipped game never parses text).
 */
export interface ExpressionParsers {
  condition(text: string): ParseResult<Expr>;
  effect(text: string): ParseResult<EffectExpr>;
}

/** Compiles expression texts for one mission, keeping what the compile step needs to know afterwards. */
export interface ExpressionCompiler {
  condition(text: string): CompiledCondition;
  effect(text: string): CompiledEffectEntry;
  /** Slots read by some condition. */
  readonly conditionReads: Set<number>;
  /** For each effect that compiled: its target slot and the slots its value reads. */
  readonly effectReads: { target: number; reads: Set<number> }[];
  /** Node ids named by visited(), in order of first mention: their position is their tracked index. */
  readonly trackedNodeIds: string[];
  readonly stringLiterals: Set<string>;
}

/** A compiled value that always fails, for texts that did not parse or name what does not exist. */
function failing(message: string): CompiledValue {
  return () => {
    throw new Error(message);
  };
}

/** Walks a tree, calling `visit` on every node (trees are small, recursion is fine). */
function walk(expr: Expr, visit: (e: Expr) => void): void {
  visit(expr);
  if (expr.kind === 'not' || expr.kind === 'neg') walk(expr.arg, visit);
  else if (expr.kind === 'binary') {
    walk(expr.left, visit);
    walk(expr.right, visit);
  }
}

/** Creates the compiler for a mission whose slots and node ids are known. */
export function createExpressionCompiler(
  slotByName: ReadonlyMap<string, number>,
  slots: readonly SlotInfo[],
  nodeIds: ReadonlySet<string>,
  parsers: ExpressionParsers,
): ExpressionCompiler {
  const trackIndex = new Map<string, number>();
  const trackedNodeIds: string[] = [];
  const stringLiterals = new Set<string>();
  const conditionReads = new Set<number>();
  const effectReads: { target: number; reads: Set<number> }[] = [];
  const conditionCache = new Map<string, CompiledCondition>();
  const effectCache = new Map<string, CompiledEffectEntry>();

  const resolver: CompileResolver = {
    slot: (name) => slotByName.get(name) ?? -1,
    nodeIndex: (nodeId) => trackIndex.get(nodeId) ?? -1,
  };

  /** What a tree reads, and the first unknown variable name it names (null when none). */
  function inspect(expr: Expr): { unknown: string | null; slots: Set<number>; tracked: Set<number> } {
    let unknown: string | null = null;
    const slots = new Set<number>();
    const tracked = new Set<number>();
    walk(expr, (e) => {
      if (e.kind === 'var') {
        const slot = slotByName.get(e.name);
        if (slot === undefined) unknown ??= e.name;
        else slots.add(slot);
      } else if (e.kind === 'visited') {
        // Unknown node ids get no tracked index: visited() of them is simply never true.
        if (nodeIds.has(e.nodeId) && !trackIndex.has(e.nodeId)) {
          trackIndex.set(e.nodeId, trackedNodeIds.length);
          trackedNodeIds.push(e.nodeId);
        }
        const t = trackIndex.get(e.nodeId);
        if (t !== undefined) tracked.add(t);
      } else if (e.kind === 'literal' && typeof e.value === 'string') {
        stringLiterals.add(e.value);
      }
    });
    return { unknown, slots, tracked };
  }

  function condition(text: string): CompiledCondition {
    const cached = conditionCache.get(text);
    if (cached) return cached;
    const parsed = parsers.condition(text);
    let compiled: CompiledCondition;
    if (!parsed.ok) {
      compiled = { compute: failing(`condition "${text}" does not parse: ${parsed.error.message}`), reads: NO_READS };
    } else {
      const { unknown, slots: read, tracked } = inspect(parsed.value);
      for (const slot of read) conditionReads.add(slot);
      const reads = { slots: [...read], tracked: [...tracked] };
      compiled =
        unknown !== null
          ? { compute: failing(`condition "${text}" reads unknown variable "${unknown}"`), reads }
          : { compute: compileExpression(parsed.value, resolver), reads };
    }
    conditionCache.set(text, compiled);
    return compiled;
  }

  function effect(text: string): CompiledEffectEntry {
    const cached = effectCache.get(text);
    if (cached) return cached;
    const entry = compileOneEffect(text);
    effectCache.set(text, entry);
    return entry;
  }

  function compileOneEffect(text: string): CompiledEffectEntry {
    const broken = (problem: string): CompiledEffectEntry => ({
      slot: -1,
      compute: failing(problem),
      reads: NO_READS,
      source: text,
      problem,
    });
    const parsed = parsers.effect(text);
    if (!parsed.ok) return broken(`effect "${text}" does not parse: ${parsed.error.message}`);
    const target = slotByName.get(parsed.value.target);
    if (target === undefined) return broken(`effect "${text}" sets unknown variable "${parsed.value.target}"`);
    if (slots[target]?.readOnly) return broken(`effect "${text}" sets "${parsed.value.target}", which is read-only`);
    const { unknown, slots: reads, tracked } = inspect(parsed.value.value);
    if (unknown !== null) return broken(`effect "${text}" reads unknown variable "${unknown}"`);
    // `x += v` reads x too; the expressions module folds that into `compute`.
    if (parsed.value.op !== '=') reads.add(target);
    effectReads.push({ target, reads });
    const compiled = compileEffect(parsed.value, resolver);
    return {
      slot: compiled.slot,
      compute: compiled.compute,
      reads: { slots: [...reads], tracked: [...tracked] },
      source: text,
      problem: null,
    };
  }

  return { condition, effect, conditionReads, effectReads, trackedNodeIds, stringLiterals };
}
