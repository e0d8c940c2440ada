import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { forbiddenImportReason } from './core-boundaries.mjs';

/** One import core/ may not have, with where it is. */
export interface PurityViolation {
  file: string;
  line: number;
  column: number;
  specifier: string;
  reason: string;
}

/**
 * Finds every forbidden import in one file's text: static imports, re-exports, `import type`, dynamic
 * `import()` and `require()`, as TypeScript's own pre-processor sees them (no regex guessing).
 */
export function findForbiddenImports(file: string, text: string): PurityViolation[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.flatMap(({ fileName, pos }) => {
    const reason = forbiddenImportReason(fileName);
    if (!reason) return [];
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    const line = text.slice(0, lineStart).split('\n').length;
    return [{ file, line, column: pos - lineStart + 1, specifier: fileName, reason }];
  });
}

/** Shipped core source files (not tests, benches or test support), as paths relative to `root`. */
export function listCoreSourceFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'test-support' && entry.name !== 'node_modules') walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.(test|bench)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        found.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(join(root, 'core'));
  return found.sort();
}

/** Scans all of core/ under `root`. */
export function scanCore(root: string): PurityViolation[] {
  return listCoreSourceFiles(root).flatMap((file) => findForbiddenImports(file, readFileSync(join(root, file), 'utf8')));
}

/** `core/a.ts:3:1 imports "fs" (a Node built-in module)`. */
export function formatViolation(violation: PurityViolation): string {
  return `${violation.file}:${violation.line}:${violation.column} imports "${violation.specifier}" (${violation.reason})`;
}
