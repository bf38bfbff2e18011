/**
 * A platform adapter: which elements on a site are composers, what limits and wording fit there, and
 * where its send button is. The editor mechanics (reading, inserting) are shared in dom-text.ts and
 * insert.ts; an adapter only says which element to use them on.
 */
import type { TemplateLength } from '../templates';
import {
  COMPOSER_SELECTORS,
  type ComposerKind,
  GENERIC_EDITOR,
  GENERIC_SEND_LABELS,
  MEDIA_PREVIEW,
  type SendShortcut,
} from './selectors';
import type { SiteId } from './sites';

export interface Composer {
  editor: HTMLElement;
  kind: ComposerKind;
  /** Hooked by the generic fallback because the known markup did not match. */
  generic: boolean;
  adapter: Adapter;
}

export interface Adapter {
  site: SiteId;
  /** Maximum length of a post, when the site has one (X: 280). */
  maxLength?: number;
  /** Which form of the inserted texts fits the site. */
  templateLength: TemplateLength;
  /**
   * Editors that merge edits made within this time into one undo step (Quill: 1000 ms). An insert waits
   * until this long after the last keystroke, so that one undo removes the insert and nothing else.
   */
  undoMergeMs: number;
  /** The composer an event path (innermost first) leads to, or null. */
  composerFor(path: readonly EventTarget[]): Composer | null;
  /** The send button of a composer, if it can be found. */
  sendButton(composer: Composer): HTMLElement | null;
  /** The element that holds the composer's editor and its send button (at worst the editor's parent). */
  container(composer: Composer): HTMLElement;
  /** The key that posts from this composer's editor (the generic fallback assumes the site's usual one). */
  sendShortcut(composer: Composer): SendShortcut;
  /** Where this composer's attached photo/video previews appear. */
  mediaScope(composer: Composer): HTMLElement;
  /** Whether a photo or video is attached to this composer. */
  hasMedia(composer: Composer): boolean;
}

export interface AdapterOptions {
  site: SiteId;
  maxLength?: number;
  templateLength?: TemplateLength;
  undoMergeMs?: number;
}

/** The editing host of an element: the outermost contenteditable ancestor, or the textarea itself. */
function editingHost(element: Element): HTMLElement | null {
  if (element instanceof HTMLTextAreaElement) return element;
  let host: HTMLElement | null = null;
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el instanceof HTMLElement && el.isContentEditable) host = el;
    else if (host) break;
  }
  if (host) return host;
  return element instanceof HTMLElement && element.matches('[role="textbox"]') ? element : null;
}

function isSendLabel(element: Element): boolean {
  const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().toLowerCase();
  return GENERIC_SEND_LABELS.includes(label);
}

export function defineAdapter(options: AdapterOptions): Adapter {
  const known = COMPOSER_SELECTORS.filter((s) => s.site === options.site);
  const adapter: Adapter = {
    site: options.site,
    maxLength: options.maxLength,
    templateLength: options.templateLength ?? 'long',
    undoMergeMs: options.undoMergeMs ?? 0,
    composerFor(path) {
      const elements = path.filter((target): target is Element => target instanceof Element);
      for (const element of elements) {
        const selector = known.find((s) => element.matches(s.editor));
        if (selector && element instanceof HTMLElement) {
          return { editor: element, kind: selector.kind, generic: false, adapter };
        }
      }
      const first = elements[0];
      const fallback = first?.closest(GENERIC_EDITOR);
      const editor = fallback ? editingHost(fallback) : null;
      return editor ? { editor, kind: 'post', generic: true, adapter } : null;
    },
    sendButton(composer) {
      const selector = known.find((s) => s.kind === composer.kind);
      if (selector && !composer.generic) {
        const container = composer.editor.closest(selector.container);
        const button = container?.querySelector<HTMLElement>(selector.send);
        if (button) return button;
      }
      // Walk up a few levels looking for a button labelled like a send button.
      let scope: Element | null = composer.editor.parentElement;
      for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
        const button = [...scope.querySelectorAll<HTMLElement>('button, [role="button"]')].find(isSendLabel);
        if (button) return button;
      }
      return null;
    },
    container(composer) {
      const selector = known.find((s) => s.kind === composer.kind);
      if (selector && !composer.generic) {
        const container = composer.editor.closest<HTMLElement>(selector.container);
        if (container) return container;
      }
      const button = adapter.sendButton(composer);
      let scope: HTMLElement | null = composer.editor.parentElement;
      while (button && scope && !scope.contains(button)) scope = scope.parentElement;
      return scope ?? composer.editor.parentElement ?? composer.editor;
    },
    mediaScope(composer) {
      const selector = known.find((s) => s.kind === composer.kind) ?? known[0];
      const scope = selector?.mediaScope ? composer.editor.closest<HTMLElement>(selector.mediaScope) : null;
      return scope ?? adapter.container(composer);
    },
    hasMedia(composer) {
      return adapter.mediaScope(composer).querySelector(MEDIA_PREVIEW) !== null;
    },
    sendShortcut(composer) {
      const selector = known.find((s) => s.kind === composer.kind) ?? known[0];
      return selector?.shortcut ?? null;
    },
  };
  return adapter;
}
