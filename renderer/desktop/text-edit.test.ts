import { describe, expect, it } from 'vitest';
import { isTextField, nativeEditFor } from './text-edit';

const element = (tagName: string, isContentEditable = false, inMonaco = false) => ({
  tagName,
  isContentEditable,
  closest: () => (inMonaco ? {} : null),
});

describe('nativeEditFor', () => {
  it("maps the Edit menu's text commands, and nothing else", () => {
    expect(nativeEditFor('edit.copy')).toBe('copy');
    expect(nativeEditFor('edit.selectAll')).toBe('selectAll');
    expect(nativeEditFor('edit.duplicate')).toBeNull();
    expect(nativeEditFor('file.save')).toBeNull();
  });
});

describe('isTextField', () => {
  it('recognises inputs, text areas, editable content and the Monaco editor', () => {
    expect(isTextField(element('INPUT'))).toBe(true);
    expect(isTextField(element('TEXTAREA'))).toBe(true);
    expect(isTextField(element('DIV', true))).toBe(true);
    expect(isTextField(element('DIV', false, true))).toBe(true);
    expect(isTextField(element('BUTTON'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
