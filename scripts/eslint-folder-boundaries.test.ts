import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

/** Lints `lines` as if they were the file at `filePath`; returns `line` for each folder-rule error, and any other rule's message. */
async function folderErrors(filePath: string, lines: string[]): Promise<string[]> {
  const [result] = await eslint.lintText(`${lines.join('\n')}\n`, { filePath });
  return (result?.messages ?? []).map((message) =>
    message.ruleId === 'boundaries/dependencies' ? `${message.line}` : `${message.ruleId}@${message.line}: ${message.message}`,
  );
}

// Each sample imports what the folder's README allows (lines that must pass) and then what it does not.
// The imports name real files, so a failure is about the folder, not an unresolved path.
describe('eslint.config.mjs folder rules (scripts/folder-imports.mjs)', () => {
  it('lets cli/ import core/, Node and its own packages, not the app or UI code', async () => {
    const lines = [
      "import { readFileSync } from 'node:fs';",
      "import { loadMission } from '@mission-studio/core/format';",
      "import Tinypool from 'tinypool';",
      "import { openExternalLink } from '../main/security';",
      "import { App } from '../renderer/app';",
      "import { app } from 'electron';",
      "import { createRoot } from 'react-dom/client';",
      'export const all = [readFileSync, loadMission, Tinypool, openExternalLink, App, app, createRoot];',
    ];
    expect(await folderErrors('cli/sample.ts', lines)).toEqual(['4', '5', '6', '7']);
  });

  it('lets main/ import electron, Node, core/ and the IPC contract, not the rest of preload/ nor the page', async () => {
    const lines = [
      "import { app } from 'electron';",
      "import { join } from 'node:path';",
      "import { parsePath } from '../preload/ipc-contract';",
      "import { loadMission } from '@mission-studio/core/format';",
      "import '../preload/index';",
      "import '../renderer/main';",
      "import { useState } from 'react';",
      "import { main } from '../cli/main';",
      'export const all = [app, join, parsePath, loadMission, useState, main];',
    ];
    expect(await folderErrors('main/sample.ts', lines)).toEqual(['5', '6', '7', '8']);
  });

  it('lets the preload import electron and the contract, and keeps the contract free of electron', async () => {
    const bridge = [
      "import { contextBridge } from 'electron';",
      "import { BRIDGE_KEY } from './ipc-contract';",
      "import { readFileSync } from 'node:fs';",
      "import { loadMission } from '@mission-studio/core/format';",
      'export const all = [contextBridge, BRIDGE_KEY, readFileSync, loadMission];',
    ];
    expect(await folderErrors('preload/sample.ts', bridge)).toEqual(['3', '4']);
    const contract = ["import * as v from 'valibot';", "import { ipcRenderer } from 'electron';", 'export const all = [v, ipcRenderer];'];
    expect(await folderErrors('preload/ipc-contract.ts', contract)).toEqual(['2']);
  });

  it("lets renderer/ import its UI packages, core/ and the contract's types and two checks, never electron, Node or main/", async () => {
    const lines = [
      "import { useState } from 'react';",
      "import { loadMission } from '@mission-studio/core/format';",
      "import type { OpenedFile } from '../preload/ipc-contract';",
      "import { parseExternalUrl, isCommandId } from '../preload/ipc-contract';",
      "import { IpcChannel } from '../preload/ipc-contract';",
      "import '../preload/index';",
      "import { openExternalLink } from '../main/security';",
      "import { ipcRenderer } from 'electron';",
      "import { readFileSync } from 'node:fs';",
      "import Ajv from 'ajv';",
      'export const all = [useState, loadMission, parseExternalUrl, isCommandId, IpcChannel, openExternalLink, ipcRenderer, readFileSync, Ajv];',
      'export type File = OpenedFile;',
    ];
    expect(await folderErrors('renderer/sample.ts', lines)).toEqual(['5', '6', '7', '8', '9', '10']);
  });

  it('lets tests anywhere read fixtures with Node and use the test tools', async () => {
    const lines = [
      "import { readFileSync } from 'node:fs';",
      "import fc from 'fast-check';",
      "import { it } from 'vitest';",
      "import secondWave from '../missions/second-wave.mission.json';",
      "import { openExternalLink } from '../main/security';",
      'export const all = [readFileSync, fc, it, secondWave, openExternalLink];',
    ];
    expect(await folderErrors('renderer/sample.test.ts', lines)).toEqual(['5']);
  });

  it("lets e2e/ use Playwright, Node, the find-* scripts and types, never the app's code", async () => {
    const lines = [
      "import { test } from '@playwright/test';",
      "import { join } from 'node:path';",
      "import { findElectron } from '../scripts/find-electron.cjs';",
      "import type { WebPreferences } from 'electron';",
      "import { App } from '../renderer/app';",
      "import { loadMission } from '@mission-studio/core/format';",
      "import { app } from 'electron';",
      "import { PROJECT_ROOT } from '../scripts/build-state.mjs';",
      'export const all = [test, join, findElectron, App, loadMission, app, PROJECT_ROOT];',
      'export type Prefs = WebPreferences;',
    ];
    expect(await folderErrors('e2e/sample.spec.ts', lines)).toEqual(['5', '6', '7', '8']);
  });

  it("lets bench/ measure core/, cli/ and the renderer's code with its dev tools, not main/ or e2e/", async () => {
    const lines = [
      "import { loadMission } from '@mission-studio/core/format';",
      "import { svgToPng } from '../cli/export-png';",
      "import { build } from 'esbuild';",
      "import { loadavg } from 'node:os';",
      "import { openExternalLink } from '../main/security';",
      "import { openApp } from '../e2e/support/canvas';",
      "import { app } from 'electron';",
      'export const all = [loadMission, svgToPng, build, loadavg, openExternalLink, openApp, app];',
    ];
    expect(await folderErrors('bench/sample.ts', lines)).toEqual(['5', '6', '7']);
  });

  it('lets examples/ import only the public runtime entry and Node, not core/ nor the built files', async () => {
    const lines = [
      "import { createRun } from 'mission-studio/runtime';",
      "import { createInterface } from 'node:readline';",
      "import { loadRuntime } from '@mission-studio/core/runtime';",
      "import pkg from 'mission-studio';",
      "import { useState } from 'react';",
      "import { createRun as built } from '../../dist/runtime/index.mjs';",
      'export const all = [createRun, createInterface, loadRuntime, pkg, useState, built];',
    ];
    expect(await folderErrors('examples/terminal-game/sample.mjs', lines)).toEqual(['3', '4', '5', '6']);
  });

  it("lets scripts/ and the root configs use any tool and core/, not the app's own code", async () => {
    const lines = [
      "import { build } from 'esbuild';",
      "import { join } from 'node:path';",
      "import { loadMission } from '@mission-studio/core/format';",
      "import { openExternalLink } from '../main/security';",
      "import { App } from '../renderer/app';",
      'export const all = [build, join, loadMission, openExternalLink, App];',
    ];
    expect(await folderErrors('scripts/sample.mjs', lines)).toEqual(['4', '5']);
    const config = [
      "import { defineConfig } from 'vite';",
      "import { PROJECT_ROOT } from './scripts/build-state.mjs';",
      "import { App } from './renderer/app';",
      'export default [defineConfig, PROJECT_ROOT, App];',
    ];
    expect(await folderErrors('sample.config.mjs', config)).toEqual(['3']);
  });

  it('lets code outside core/ reach it only through the entry points of its exports map', async () => {
    const lines = [
      "import { loadMission } from '@mission-studio/core/format';",
      "import { serializeMission } from '../core/format/serialize';",
      "import { parse } from '@mission-studio/core/expressions/parse';",
      'export const all = [loadMission, serializeMission, parse];',
    ];
    const errors = await folderErrors('renderer/sample.ts', lines);
    expect(errors.map((e) => e.split(':')[0])).toEqual(['no-restricted-imports@2', '3']);
  });

  it('keeps core/ and player/ from importing the other folders (their package rules are tested beside them)', async () => {
    const lines = ["import { App } from '../renderer/app';", "import { main } from '../cli/main';", 'export const all = [App, main];'];
    expect(await folderErrors('core/sample.ts', lines)).toEqual(['1', '2']);
    const player = (await folderErrors('player/sample.ts', lines)).filter((entry) => !entry.startsWith('no-restricted-imports'));
    expect(player).toEqual(['1', '2']);
  });
});
