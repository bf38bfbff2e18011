/**
 * Finds composers by focus: a capture-phase `focusin` on the document sees every focus, also inside
 * open shadow roots (through `composedPath`). No scanning of the page and no polling. A composer that
 * leaves the page (dialog closed, single-page navigation) is noticed by one observer that watches only
 * the direct children of the editors' ancestors (removing any ancestor changes one of those lists),
 * so a busy feed elsewhere on the page costs nothing; then its session is destroyed.
 */
import type { Adapter, Composer } from '../platforms';

export interface Session {
  destroy(): void;
}

export interface Discovery<S extends Session> {
  /** Sessions by editor. */
  sessions: Map<HTMLElement, S>;
  /** The session of the editor that had focus last, while it is on the page. */
  current(): S | null;
  stop(): void;
}

export function startDiscovery<S extends Session>(options: {
  doc: Document;
  adapter: Adapter;
  createSession(composer: Composer): S;
  report(error: unknown): void;
}): Discovery<S> {
  const { doc, adapter } = options;
  const sessions = new Map<HTMLElement, S>();
  let last: HTMLElement | null = null;
  const removals = new MutationObserver(() => dropDisconnected());

  /** Observes the child lists along each watched editor's ancestor chain (shadow roots included). */
  const watchAncestors = () => {
    removals.disconnect();
    for (const editor of sessions.keys()) {
      for (
        let node: Node | null = editor.parentNode;
        node;
        node = node.parentNode ?? (node as ShadowRoot).host ?? null
      ) {
        removals.observe(node, { childList: true });
      }
    }
  };

  const dropDisconnected = () => {
    let dropped = false;
    for (const [editor, session] of sessions) {
      if (editor.isConnected) continue;
      sessions.delete(editor);
      session.destroy();
      if (last === editor) last = null;
      dropped = true;
    }
    if (dropped) watchAncestors();
  };

  const onFocus = (event: Event) => {
    try {
      const composer = adapter.composerFor(event.composedPath());
      if (!composer) return;
      last = composer.editor;
      if (sessions.has(composer.editor)) return;
      sessions.set(composer.editor, options.createSession(composer));
      watchAncestors();
    } catch (error) {
      options.report(error);
    }
  };
  doc.addEventListener('focusin', onFocus, true);

  return {
    sessions,
    current: () => (last ? (sessions.get(last) ?? null) : null),
    stop() {
      doc.removeEventListener('focusin', onFocus, true);
      removals.disconnect();
      for (const session of sessions.values()) session.destroy();
      sessions.clear();
    },
  };
}
