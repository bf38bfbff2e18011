/**
 * Inserting text into someone else's editor without damaging the draft. We go through the editor's own
 * input path only: `execCommand('insertText')` for one line (the browser's editing pipeline, which
 * Lexical, Draft.js and Quill all model and undo) and a synthetic paste for several lines (their paste
 * handlers). Then we check, on the editor's rendered text, that the text arrived exactly once; if it did
 * not we never retry (a retry is how other extensions duplicate text): the caller offers the clipboard.
 */
import { type EditorText, rangeOf, readEditorText } from './dom-text';

/** The page's window, with its constructors (DataTransfer, ClipboardEvent, MutationObserver). */
export type Win = Window & typeof globalThis;

export type InsertOutcome = 'inserted' | 'not-inserted';

export type InsertPosition = 'end' | 'start';

const macrotask = (win: Win) => new Promise<void>((resolve) => win.setTimeout(resolve, 0));

function countOf(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

/** What to type so the text lands on a line of its own. */
export function payloadFor(current: string, text: string, where: InsertPosition): string {
  if (current.trim() === '') return text;
  if (where === 'start') return current.startsWith('\n') ? text : `${text}\n`;
  return current.endsWith('\n') ? text : `\n${text}`;
}

/** Puts the caret at the start or end of the editor's text, as a DOM selection the editor will adopt. */
function placeCaret(editor: HTMLElement, current: EditorText, where: InsertPosition, win: Win): void {
  const selection = win.getSelection();
  if (!selection) return;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const at = where === 'end' ? editor.value.length : 0;
    editor.setSelectionRange(at, at);
    return;
  }
  const at = where === 'end' ? current.text.length : 0;
  const range = rangeOf(current, at, at, editor.ownerDocument);
  if (range) {
    selection.removeAllRanges();
    selection.addRange(range);
    return;
  }
  // Empty editor: the caret goes into its (only) line.
  const line = where === 'end' ? (editor.lastElementChild ?? editor) : (editor.firstElementChild ?? editor);
  selection.collapse(line, where === 'end' ? line.childNodes.length : 0);
}

function typeInto(editor: HTMLElement, payload: string, win: Win): void {
  const doc = editor.ownerDocument;
  if (!payload.includes('\n') || editor instanceof HTMLTextAreaElement) {
    doc.execCommand('insertText', false, payload);
    return;
  }
  const data = new win.DataTransfer();
  data.setData('text/plain', payload);
  const target = win.getSelection()?.anchorNode?.parentElement ?? editor;
  target.dispatchEvent(
    new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
}

/** Waits until the editor has re-rendered after an edit: its text changed and stayed for a frame. */
async function settle(editor: HTMLElement, before: string, win: Win, timeoutMs = 600): Promise<string> {
  const started = win.performance.now();
  let last = readEditorText(editor).text;
  while (win.performance.now() - started < timeoutMs) {
    await macrotask(win);
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const now = readEditorText(editor).text;
    if (now !== before && now === last) return now;
    last = now;
  }
  return last;
}

export interface InsertOptions {
  where: InsertPosition;
  win?: Win;
}

/**
 * Inserts `text` on its own line at the start or end of the editor, then restores the caret to where
 * the user had it. Resolves to 'inserted' only when the text is there exactly once more than before and
 * the earlier text is intact.
 */
export async function insertIntoEditor(
  editor: HTMLElement,
  text: string,
  options: InsertOptions,
): Promise<InsertOutcome> {
  const win = options.win ?? window;
  const before = readEditorText(editor);
  const payload = payloadFor(before.text, text, options.where);
  const caret = caretOffset(editor, before, win);

  editor.focus({ preventScroll: true });
  placeCaret(editor, before, options.where, win);
  // Editors adopt a DOM selection on `selectionchange`, which fires in a later task.
  await macrotask(win);
  typeInto(editor, payload, win);
  const after = await settle(editor, before.text, win);

  const expected = options.where === 'end' ? before.text + payload : payload + before.text;
  const arrivedOnce = countOf(after, text) === countOf(before.text, text) + 1;
  if (!arrivedOnce || after.replace(/\s+/g, ' ').trim() !== expected.replace(/\s+/g, ' ').trim()) {
    return 'not-inserted';
  }
  if (caret !== null)
    await restoreCaret(editor, options.where === 'end' ? caret : caret + payload.length, win);
  return 'inserted';
}

function caretOffset(editor: HTMLElement, current: EditorText, win: Win): number | null {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.selectionEnd;
  const selection = win.getSelection();
  if (!selection?.focusNode || !editor.contains(selection.focusNode)) return null;
  const segment = current.segments.find((s) => s.node === selection.focusNode);
  return segment ? segment.start + selection.focusOffset : null;
}

async function restoreCaret(editor: HTMLElement, offset: number, win: Win): Promise<void> {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(offset, offset);
    return;
  }
  const range = rangeOf(readEditorText(editor), offset, offset, editor.ownerDocument);
  if (!range) return;
  const selection = win.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  await macrotask(win);
}
