import { describe, expect, it } from 'vitest';
import { openDocument } from '@mission-studio/core/edit';
import { smallMission } from '@mission-studio/core/test-support';
import type { Diagnostic } from '@mission-studio/core/validate';
import { createCheckStore } from '../state/check-store';
import { redoRoute, sourceProblems, sourceStatus, sourceText, undoRoute } from './source-state';

const problem = (message: string): Diagnostic => ({ code: 'parse-error', severity: 'error', message, path: '' });
const doc = openDocument(smallMission());
const base = { doc, readOnly: false, draft: null };
const draft = { ...base, draft: { text: '{', problems: [problem('draft')], revision: 2 } };
const broken = { ...base, doc: null, readOnly: true, draft: { text: '{', problems: [problem('load')], revision: 1 } };
const checks = createCheckStore();
checks.getState().opened(1, '{ "mission": 1 }', [problem('validator')]);

describe('sourceProblems', () => {
  it("marks the validator's problems when the text is the mission", () => {
    expect(sourceProblems(base, checks.getState()).map((d) => d.message)).toEqual(['validator']);
  });

  it("marks the draft's problems while the text does not load", () => {
    expect(sourceProblems(draft, checks.getState()).map((d) => d.message)).toEqual(['draft']);
  });
});

describe('sourceText', () => {
  it("shows text that does not load as typed, and else the mission's text", () => {
    expect(sourceText(draft, checks.getState())).toBe('{');
    expect(sourceText(base, checks.getState())).toBe('{ "mission": 1 }');
  });
});

describe('sourceStatus', () => {
  it('tells a valid text, an invalid edit, a file that did not load and no file apart', () => {
    expect([base, draft, broken, { ...base, doc: null }].map(sourceStatus)).toEqual(['valid', 'draft', 'broken-file', 'empty']);
  });
});

describe('undoRoute', () => {
  it("uses the app's history when the text is valid", () => {
    expect(undoRoute(base)).toBe('history');
  });

  it('goes back to the last valid text first when the text does not load', () => {
    expect(undoRoute(draft)).toBe('discard-draft');
  });

  it("uses the editor's own undo in a file that did not load", () => {
    expect(undoRoute(broken)).toBe('editor');
  });
});

describe('redoRoute', () => {
  it('does nothing while invalid text is pending, so redo cannot throw it away', () => {
    expect(redoRoute(draft)).toBe('none');
  });

  it("uses the app's history when the text is valid", () => {
    expect(redoRoute(base)).toBe('history');
  });
});
