/**
 * Replacing (or removing) one span of text in someone else's editor, through the editor's own input
 * path: select the span as a DOM selection, let the editor adopt it (a macrotask later), then
 * `execCommand('insertText')` with the replacement, or `execCommand('delete')` to remove it; the editor
 * records that as one undo step. Then we check, on the rendered text, that exactly that span changed.
 * Never retried: a failed replace is reported, and the draft is left as the editor has it.
 */
import { rangeOf, readEditorText } from './dom-text';
import type { Win } from './insert';

export type ReplaceOutcome = 'replaced' | 'changed-meanwhile' | 'not-replaced';

export interface ReplaceOptions {
  /** The text the span must hold right now; anything else means the draft changed since the check. */
  expect: string;
  win?: Win;
  /** How long to wait for the editor to render the change. */
  timeoutMs?: number;
}

const macrotask = (win: Win) => new Promise<void>((resolve) => win.setTimeout(resolve, 0));

/** Rendered text as the editors show spaces (Lexical and Quill render runs of spaces with nbsp). */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** Replaces `[start, end)` of the editor's text by `replacement` ('' removes it). */
export async function replaceInEditor(
  editor: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  options: ReplaceOptions,
): Promise<ReplaceOutcome> {
  const win = options.win ?? window;
  const doc = editor.ownerDocument;
  const before = readEditorText(editor);
  if (before.text.slice(start, end) !== options.expect) return 'changed-meanwhile';
  const expected = before.text.slice(0, start) + replacement + before.text.slice(end);

  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(start, end);
  } else {
    const range = rangeOf(before, start, end, doc);
    const selection = win.getSelection();
    if (!range || !selection) return 'not-replaced';
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Editors adopt a DOM selection on `selectionchange`, which fires in a later task.
  await macrotask(win);
  if (replacement) doc.execCommand('insertText', false, replacement);
  else doc.execCommand('delete', false);

  const started = win.performance.now();
  const timeoutMs = options.timeoutMs ?? 600;
  while (win.performance.now() - started < timeoutMs) {
    if (plain(readEditorText(editor).text) === plain(expected)) return 'replaced';
    await macrotask(win);
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
  return plain(readEditorText(editor).text) === plain(expected) ? 'replaced' : 'not-replaced';
}
