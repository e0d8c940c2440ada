/** The safe expression language of mission files: parse, analyze, evaluate, compile and print. */
export type { AssignOp, BinaryOp, EffectExpr, Expr, ExpressionError, ParseResult } from './ast.types';
export { BINARY_OPS, PRECEDENCE } from './ast.types';
export { clearParseCache, parseCondition, parseEffect, PARSE_CACHE_SIZE } from './parse';
export { MAX_DEPTH } from './convert';
export type { EvalEnv } from './evaluate';
export { applyEffect, evaluate } from './evaluate';
export { ExpressionRuntimeError } from './runtime-ops';
export type { ExprAnalysis, ExprProblem, ScopeVariable, TypeScope } from './analyze';
export { analyzeCondition, analyzeEffect } from './analyze';
export type { CompiledExpr, CompileResolver } from './compile';
export { compileEffect, compileExpression } from './compile';
export { formatEffect, formatExpression, formatValue } from './format';
export type { NodeTitles } from './describe';
export { describeCondition, describeEffect, joinPhrases } from './describe';
