/**
 * The one place an edit becomes (text, mission, diagnostics). The editor's document worker runs it off the UI
 * thread: the page sends each edit's patches (or the text typed in the source view) and gets back the text and
 * the located diagnostics of exactly that revision, each computed once. Pure: it runs the same in a Worker and
 * in a unit test.
 */
import { applyPatches, enablePatches, type Patch } from 'immer';
import { loadMission, type LoadResult } from '../format/load';
import { locateDiagnostics } from '../format/locate-diagnostics';
import type { Mission } from '../format/mission.types';
import { serializeMission, type OrderMemo } from '../format/serialize';
import type { Diagnostic } from '../validate/diagnostic.types';
import { sameChecks } from '../validate/same-checks';
import { validateMission } from '../validate/validate-mission';
import { jsonPatches } from './json-patches';
import { diffText, type TextChange } from './text-diff';

enablePatches();

/** What one revision of the document became. */
export type DocumentResult =
  /** A graph or inspector edit: the mission's text, the change from the previous text, the diagnostics. */
  | { kind: 'checked'; revision: number; text: string; change: TextChange | null; changeFrom: number; diagnostics: Diagnostic[] }
  /** Text typed in the source view that loads: the patches from the previous mission to the new one. */
  | { kind: 'parsed'; revision: number; text: string; patches: Patch[]; diagnostics: Diagnostic[] }
  /** Text that does not load: the mission stays what it was. */
  | { kind: 'draft'; revision: number; text: string; problems: Diagnostic[] };

/**
 * Keeps a copy of the document (its mission and text) and turns each change of it into a result. Missions
 * change by Immer patches, so unchanged parts keep their objects here as in the page.
 */
export class DocumentProcessor {
  private mission: Mission | null = null;
  /** What validateMission found in `mission` (before placing in the text), when it is known. */
  private found: Diagnostic[] | null = null;
  private text = '';
  private textRevision = 0;
  /** The mission's items in file order, kept between edits: the copy is only ever replaced by patches. */
  private memo: OrderMemo = new WeakMap();

  /** The mission and text the copy holds now. */
  current(): { mission: Mission | null; text: string } {
    return { mission: this.mission, text: this.text };
  }

  /** Starts over from a file's text (a file opened, a backup restored). */
  open(revision: number, text: string): LoadResult {
    const loaded = loadMission(text);
    this.mission = loaded.mission;
    this.found = null;
    this.text = text;
    this.textRevision = revision;
    return loaded;
  }

  /**
   * Applies an edit's patches (an edit, an undo, a redo) and checks the result. With `check` false (more patches
   * are queued behind these) it only applies them and returns null: the next check covers them.
   */
  patch(revision: number, patches: readonly Patch[]): DocumentResult;
  patch(revision: number, patches: readonly Patch[], check: boolean): DocumentResult | null;
  patch(revision: number, patches: readonly Patch[], check = true): DocumentResult | null {
    if (this.mission === null) throw new Error('no mission to patch: the document did not load');
    const before = this.mission;
    this.mission = applyPatches(before, patches as Patch[]);
    if (this.found !== null && !sameChecks(before, this.mission)) this.found = null;
    if (!check) return null;
    // A drag or a resize changes no finding: only where they are in the text moves.
    this.found ??= validateMission(this.mission);
    const text = serializeMission(this.mission, this.memo);
    const result: DocumentResult = {
      kind: 'checked',
      revision,
      text,
      change: diffText(this.text, text),
      changeFrom: this.textRevision,
      diagnostics: locateDiagnostics(text, this.found),
    };
    this.text = text;
    this.textRevision = revision;
    return result;
  }

  /** Loads text typed in the source view; a mission that loads replaces the copy's by patches. */
  type(revision: number, text: string): DocumentResult {
    const loaded = loadMission(text);
    if (!loaded.mission) return { kind: 'draft', revision, text, problems: loaded.diagnostics };
    // Applying these keeps every object of the old mission that is equal in the new one.
    const patches: Patch[] =
      this.mission === null ? [{ op: 'replace', path: [], value: loaded.mission }] : jsonPatches(this.mission, loaded.mission);
    this.mission = this.mission === null ? loaded.mission : applyPatches(this.mission, patches);
    this.found = null;
    this.text = text;
    this.textRevision = revision;
    return { kind: 'parsed', revision, text, patches, diagnostics: loaded.diagnostics };
  }
}
