import { render } from 'preact';
import { Panel } from '@/components/Panel';
import panelCss from '@/components/panel.css?inline';
import { placePanel, type Rect } from '@/lib/composer/placement';
import type { ComposerSession, PanelState, PanelView } from '@/lib/composer/session';
import { SITES } from '@/lib/platforms/sites';

const toRect = (r: DOMRect): Rect => ({ left: r.left, top: r.top, width: r.width, height: r.height });

/**
 * The panel of one composer: Preact in an open shadow root on a host element of our own at the end of
 * the document (never inside the editor, never inside the site's React tree), positioned beside the editor.
 */
export function createPanelView(session: ComposerSession, doc: Document): PanelView {
  const win = doc.defaultView ?? window;
  const host = doc.createElement('postwacht-panel');
  // Which composer this panel serves, for support staff and acceptance tests.
  host.dataset.site = session.composer.adapter.site;
  host.dataset.kind = session.composer.kind;
  host.dataset.hookedBy = session.composer.generic ? 'fallback' : 'selector';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = panelCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);

  let frame = 0;
  const place = () => {
    frame = 0;
    const editor = session.editor;
    const panel = mount.firstElementChild?.getBoundingClientRect();
    const send = session.composer.adapter.sendButton(session.composer)?.getBoundingClientRect();
    const placement = placePanel(
      toRect(editor.getBoundingClientRect()),
      { width: panel?.width || 300, height: panel?.height || 32 },
      { width: win.innerWidth, height: win.innerHeight },
      send ? [toRect(send)] : [],
    );
    host.style.setProperty('display', placement.visible ? 'block' : 'none');
    host.style.setProperty('left', `${placement.left}px`);
    host.style.setProperty('top', `${placement.top}px`);
  };
  const schedulePlace = () => {
    if (!frame) frame = win.requestAnimationFrame(place);
  };
  win.addEventListener('scroll', schedulePlace, { capture: true, passive: true });
  win.addEventListener('resize', schedulePlace, { passive: true });
  const resizes = new ResizeObserver(schedulePlace);
  resizes.observe(session.editor);

  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    // Escape is "Terug" while the confirmation before posting is open; otherwise back to the draft.
    if (session.confirming) session.sendBack();
    else session.editor.focus({ preventScroll: true });
  });

  return {
    render(state: PanelState) {
      render(
        <Panel
          {...state}
          onToggle={() => session.toggle()}
          onInsert={(kind) => void session.insert(kind)}
          onSetupSave={(school, role) => void session.saveSetup(school, role)}
          onSetupCancel={() => session.cancelSetup()}
          onSendAnyway={() => session.sendAnyway()}
          onSendBack={() => session.sendBack()}
          onConsentConfirm={() => session.confirmConsent()}
          onFix={(finding) => void session.fix(finding)}
          onFixAll={() => void session.fixAll()}
          mailtoFor={(includeDraft) => session.mailto(includeDraft)}
          site={SITES.find((s) => s.id === session.composer.adapter.site)?.label}
          onPause={() => void session.pause()}
        />,
        mount,
      );
    },
    place: schedulePlace,
    focus(target) {
      const selector =
        target === 'send-back' ? '[data-testid="postwacht-send-back"]' : 'button, select, input';
      shadow.querySelector<HTMLElement>(selector)?.focus();
    },
    destroy() {
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('scroll', schedulePlace, { capture: true });
      win.removeEventListener('resize', schedulePlace);
      resizes.disconnect();
      render(null, mount);
      host.remove();
    },
  };
}
