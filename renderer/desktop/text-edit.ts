import type { NativeEditAction } from '../host/host.types';

const NATIVE_EDITS: Record<string, NativeEditAction> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.cut': 'cut',
  'edit.copy': 'copy',
  'edit.paste': 'paste',
  'edit.selectAll': 'selectAll',
};

/** The text action a menu command means inside a text field (Edit ▸ Copy copies the selected text there), or null. */
export function nativeEditFor(commandId: string): NativeEditAction | null {
  return NATIVE_EDITS[commandId] ?? null;
}

/** The parts of a focused element that tell whether it edits text. */
export interface FocusLike {
  tagName: string;
  isContentEditable: boolean;
  closest(selector: string): unknown;
}

/** Whether the focused element edits text (inputs, text areas, editable content, the Monaco editor). */
export function isTextField(element: FocusLike | null): boolean {
  if (!element) return false;
  return (
    element.isContentEditable || element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.closest('.monaco-editor') !== null
  );
}
