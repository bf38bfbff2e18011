/**
 * Check before posting: which findings hold up a post, and which key presses post. Pure helpers; the
 * session (session.ts) listens on the composer's container and decides with these.
 */
import type { Finding, Report } from '../detect/types';
import type { SendShortcut } from '../platforms/selectors';
import { findingLevel, type Levels } from '../settings/levels';
import type { SendCheck } from '../settings/types';

/** The findings that hold up a post: of the configured types, at level 'warn'; none when the check is off. */
export function blockingFindings(report: Report | null, sendCheck: SendCheck, levels: Levels): Finding[] {
  if (!report || !sendCheck.enabled) return [];
  return report.findings.filter(
    (finding) => sendCheck.types.includes(finding.type) && findingLevel(levels, finding.type) === 'warn',
  );
}

/** The modifier state of a key press, as needed to replay it. */
export interface KeyPress {
  key: string;
  code: string;
  keyCode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Whether a keydown is the composer's "post" shortcut (never during IME composition). */
export function isSendKey(event: KeyboardEvent, shortcut: SendShortcut): boolean {
  if (!shortcut || event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return false;
  if (event.altKey || event.shiftKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  return shortcut === 'enter' ? !mod : mod;
}

export function keyPressOf(event: KeyboardEvent): KeyPress {
  return {
    key: event.key,
    code: event.code,
    keyCode: event.keyCode,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
  };
}

/** A keydown like the one the user pressed, to hand to the editor once the user confirmed. */
export function replayKey(target: HTMLElement, press: KeyPress): void {
  const win = target.ownerDocument.defaultView ?? window;
  const init = { ...press, bubbles: true, cancelable: true, composed: true };
  const event = new win.KeyboardEvent('keydown', init);
  // keyCode/which are read-only in the constructor's dictionary in some engines; editors still read them.
  for (const name of ['keyCode', 'which'] as const) {
    if (event[name] !== press.keyCode) Object.defineProperty(event, name, { value: press.keyCode });
  }
  target.dispatchEvent(event);
  target.dispatchEvent(new win.KeyboardEvent('keyup', init));
}
