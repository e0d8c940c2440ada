/**
 * Parses and compiles a mission's condition and effect texts against its variable slots, and records what each
 * one reads: the slots (to find the variables that matter), the nodes named by visited(), the string literals.
 */
import {
  compileEffect,
  compileExpression,
  parseCondition,
  parseEffect,
  type CompileResolver,
} from '../../expressions';
import type { Expr } from '../../expressions/ast.types';
import type { CompiledEffectEntry, CompiledValue, SlotInfo } from './compiled-mission.types';

/** Compiles expression texts for one mission, keeping what the compile step needs to know afterwards. */
export interface ExpressionCompiler {
  condition(text: string): CompiledValue;
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
): ExpressionCompiler {
  const trackIndex = new Map<string, number>();
  const trackedNodeIds: string[] = [];
  const stringLiterals = new Set<string>();
  const conditionReads = new Set<number>();
  const effectReads: { target: number; reads: Set<number> }[] = [];
  const conditionCache = new Map<string, CompiledValue>();
  const effectCache = new Map<string, CompiledEffectEntry>();

  const resolver: CompileResolver = {
    slot: (name) => slotByName.get(name) ?? -1,
    nodeIndex: (nodeId) => trackIndex.get(nodeId) ?? -1,
  };

  /** Notes what a tree reads; returns the first unknown variable name, if any. */
  function inspect(expr: Expr, reads: Set<number>): string | null {
    let unknown: string | null = null;
    walk(expr, (e) => {
      if (e.kind === 'var') {
        const slot = slotByName.get(e.name);
        if (slot === undefined) unknown ??= e.name;
        else reads.add(slot);
      } else if (e.kind === 'visited') {
        // Unknown node ids get no tracked index: visited() of them is simply never true.
        if (nodeIds.has(e.nodeId) && !trackIndex.has(e.nodeId)) {
          trackIndex.set(e.nodeId, trackedNodeIds.length);
          trackedNodeIds.push(e.nodeId);
        }
      } else if (e.kind === 'literal' && typeof e.value === 'string') {
        stringLiterals.add(e.value);
      }
    });
    return unknown;
  }

  function condition(text: string): CompiledValue {
    const cached = conditionCache.get(text);
    if (cached) return cached;
    const parsed = parseCondition(text);
    let compiled: CompiledValue;
    if (!parsed.ok) {
      compiled = failing(`condition "${text}" does not parse: ${parsed.error.message}`);
    } else {
      const unknown = inspect(parsed.value, conditionReads);
      compiled =
        unknown !== null
          ? failing(`condition "${text}" reads unknown variable "${unknown}"`)
          : compileExpression(parsed.value, resolver);
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
      source: text,
      problem,
    });
    const parsed = parseEffect(text);
    if (!parsed.ok) return broken(`effect "${text}" does not parse: ${parsed.error.message}`);
    const target = slotByName.get(parsed.value.target);
    if (target === undefined) return broken(`effect "${text}" sets unknown variable "${parsed.value.target}"`);
    if (slots[target]?.readOnly) return broken(`effect "${text}" sets "${parsed.value.target}", which is read-only`);
    const reads = new Set<number>();
    const unknown = inspect(parsed.value.value, reads);
    if (unknown !== null) return broken(`effect "${text}" reads unknown variable "${unknown}"`);
    // `x += v` reads x too; the expressions module folds that into `compute`.
    if (parsed.value.op !== '=') reads.add(target);
    effectReads.push({ target, reads });
    const compiled = compileEffect(parsed.value, resolver);
    return { slot: compiled.slot, compute: compiled.compute, source: text, problem: null };
  }

  return { condition, effect, conditionReads, effectReads, trackedNodeIds, stringLiterals };
}
