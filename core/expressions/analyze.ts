/**
 * Static checks for the validator: which variables and nodes an expression touches, its type, and the type
 * errors in it. An unknown name reports once and then types as 'unknown', which no rule complains about, so one
 * typo gives one problem rather than a cascade.
 */
import type { VariableDecl, VariableType } from '../format/mission.types';
import type { BinaryOp, EffectExpr, Expr } from './ast.types';
import { article, assignmentProblem, comparisonProblem, describe, type TypeInfo } from './type-rules';

/** A variable as the analyzer sees it; `readOnly` marks built-ins such as `faction`. */
export interface ScopeVariable extends VariableDecl {
  readOnly?: boolean;
}

/** What names mean in the mission being checked. */
export interface TypeScope {
  variable(name: string): ScopeVariable | undefined;
  hasNode(nodeId: string): boolean;
}

/** One thing wrong with an expression; codes are the validator's diagnostic codes. */
export interface ExprProblem {
  code: 'undefined-variable' | 'type-mismatch' | 'unknown-reference' | 'expression-error';
  message: string;
}

/** Everything the validator needs to know about one expression. */
export interface ExprAnalysis {
  reads: string[];
  writes: string[];
  visits: string[];
  type: VariableType | 'unknown';
  problems: ExprProblem[];
}

/** Analyzes a guard, which must be true or false. */
export function analyzeCondition(expr: Expr, scope: TypeScope): ExprAnalysis {
  const a = new Analyzer(scope);
  const info = a.infer(expr);
  if (info.type !== 'unknown' && info.type !== 'bool') {
    a.problem('type-mismatch', `A condition must be true or false, but this one is ${article(info.type)}`);
  }
  return a.result(info.type, []);
}

/** Analyzes an effect; `type` is the target's declared type (the value's type when the target is undeclared). */
export function analyzeEffect(effect: EffectExpr, scope: TypeScope): ExprAnalysis {
  const a = new Analyzer(scope);
  const { target, op } = effect;
  const decl = scope.variable(target);
  if (op !== '=') a.read(target);
  const value = a.infer(effect.value);
  if (!decl) {
    a.problem('undefined-variable', `Cannot set "${target}": it is not a declared variable`);
    return a.result(value.type, [target]);
  }
  if (decl.readOnly) a.problem('type-mismatch', `"${target}" is read-only`);
  const targetInfo = infoOf(decl);
  if (op === '=') {
    const message = assignmentProblem(targetInfo, value);
    if (message) a.problem('type-mismatch', message);
  } else {
    if (decl.type !== 'number') {
      a.problem('type-mismatch', `${op} needs a number variable, but "${target}" is ${article(decl.type)}`);
    } else if (value.type !== 'unknown' && value.type !== 'number') {
      a.problem('type-mismatch', `${op} needs a number on the right, but ${describe(value, 'it')} is ${article(value.type)}`);
    }
  }
  return a.result(decl.type, [target]);
}

function infoOf(decl: VariableDecl): TypeInfo {
  return { type: decl.type, values: decl.type === 'enum' ? (decl.values ?? []) : undefined, name: decl.id };
}

class Analyzer {
  private readonly reads: string[] = [];
  private readonly visits: string[] = [];
  private readonly problems: ExprProblem[] = [];
  private reported: Set<string> | undefined; // created on the first problem: most expressions have none

  constructor(private readonly scope: TypeScope) {}

  result(type: VariableType | 'unknown', writes: string[]): ExprAnalysis {
    return { reads: this.reads, writes, visits: this.visits, type, problems: this.problems };
  }

  problem(code: ExprProblem['code'], message: string): void {
    this.reported ??= new Set();
    if (this.reported.has(message)) return; // `x > 1 && x < 5` with x unknown says so once
    this.reported.add(message);
    this.problems.push({ code, message });
  }

  read(name: string): void {
    if (!this.reads.includes(name)) this.reads.push(name);
  }

  infer(expr: Expr): TypeInfo {
    switch (expr.kind) {
      case 'literal': {
        const { value } = expr;
        if (typeof value === 'string') return { type: 'string', literal: value };
        return { type: typeof value === 'number' ? 'number' : 'bool' };
      }
      case 'var': {
        this.read(expr.name);
        const decl = this.scope.variable(expr.name);
        if (decl) return infoOf(decl);
        this.problem('undefined-variable', `"${expr.name}" is not a declared variable`);
        return { type: 'unknown' };
      }
      case 'visited':
        if (!this.visits.includes(expr.nodeId)) this.visits.push(expr.nodeId);
        if (!this.scope.hasNode(expr.nodeId)) {
          this.problem('unknown-reference', `visited("${expr.nodeId}") names no node in this mission`);
        }
        return { type: 'bool' };
      case 'not':
        this.expect('!', 'bool', this.infer(expr.arg), 'its operand');
        return { type: 'bool' };
      case 'neg':
        this.expect('-', 'number', this.infer(expr.arg), 'its operand');
        return { type: 'number' };
      case 'binary':
        return this.binary(expr.op, this.infer(expr.left), this.infer(expr.right), expr.right);
    }
  }

  private binary(op: BinaryOp, l: TypeInfo, r: TypeInfo, right: Expr): TypeInfo {
    switch (op) {
      case '&&':
      case '||':
        this.expect(op, 'bool', l, 'the left side');
        this.expect(op, 'bool', r, 'the right side');
        return { type: 'bool' };
      case '==':
      case '!=': {
        const message = comparisonProblem(op, l, r);
        if (message) this.problem('type-mismatch', message);
        return { type: 'bool' };
      }
      case '<':
      case '<=':
      case '>':
      case '>=':
        this.expect(op, 'number', l, 'the left side');
        this.expect(op, 'number', r, 'the right side');
        return { type: 'bool' };
      case '+':
        return this.plus(l, r);
      case '-':
      case '*':
      case '/':
        if (op === '/' && right.kind === 'literal' && right.value === 0) {
          this.problem('expression-error', 'Division by zero');
        }
        this.expect(op, 'number', l, 'the left side');
        this.expect(op, 'number', r, 'the right side');
        return { type: 'number' };
    }
  }

  /** `+` adds numbers or joins strings (an enum's value is a string, so it may be joined too). */
  private plus(l: TypeInfo, r: TypeInfo): TypeInfo {
    const kind = (t: TypeInfo): 'number' | 'string' | 'unknown' | 'other' =>
      t.type === 'number' ? 'number' : t.type === 'string' || t.type === 'enum' ? 'string' : t.type === 'unknown' ? 'unknown' : 'other';
    const a = kind(l);
    const b = kind(r);
    if (a === 'unknown' || b === 'unknown') return { type: 'unknown' }; // the unknown name is already reported
    if (a === b && a !== 'other') return { type: a };
    this.problem(
      'type-mismatch',
      `+ needs two numbers or two strings, but ${describe(l, 'the left side')} is ${article(l.type)} and ${describe(r, 'the right side')} is ${article(r.type)}`,
    );
    return { type: 'unknown' };
  }

  private expect(op: string, type: 'bool' | 'number', got: TypeInfo, what: string): void {
    if (got.type === 'unknown' || got.type === type) return;
    this.problem('type-mismatch', `${op} needs ${article(type)}, but ${describe(got, what)} is ${article(got.type)}`);
  }
}
