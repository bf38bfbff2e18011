/**
 * Every selector Postwacht uses on the sites, in one place. Each entry names the practice pages
 * (tests/e2e/fixtures, modelled on the real markup) where it must match and how often; the e2e test
 * `selectors.e2e.ts` checks that. When a site changes its markup, this file is the one to update; until
 * then the generic fallback still hooks any focused editor on the supported sites.
 */
import type { SiteId } from './sites';

export type ComposerKind = 'post' | 'comment' | 'reply' | 'message';

export type SendShortcut = 'enter' | 'mod-enter' | null;

export interface ComposerSelector {
  site: SiteId;
  kind: ComposerKind;
  /** The editable element itself. */
  editor: string;
  /** The button that publishes this composer's text, searched in the composer's container. */
  send: string;
  /** The composer's container: the closest ancestor that holds both editor and send button. */
  container: string;
  /** The key that posts from the editor: Enter alone, Ctrl/Cmd+Enter, or none (only the button). */
  shortcut: SendShortcut;
  /** Where an attached photo/video preview appears, when not inside `container` (WhatsApp: above the footer). */
  mediaScope?: string;
  /** Practice pages where `editor` must match, and how many times. */
  fixtures: Array<{ page: SiteId; count: number }>;
}

export const COMPOSER_SELECTORS: readonly ComposerSelector[] = [
  {
    site: 'facebook',
    kind: 'post',
    editor: 'div[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    send: 'div[role="button"][aria-label="Plaatsen"], div[role="button"][aria-label="Post"]',
    container: 'div[role="dialog"]',
    shortcut: null,
    fixtures: [{ page: 'facebook', count: 1 }],
  },
  {
    site: 'facebook',
    kind: 'comment',
    editor:
      '[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label^="Schrijf een opmerking"], [contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label^="Write a comment"]',
    send: '[aria-label="Opmerking plaatsen"], [aria-label="Comment"]',
    container: 'form, [role="article"]',
    shortcut: 'enter',
    fixtures: [{ page: 'facebook', count: 1 }],
  },
  {
    site: 'x',
    kind: 'post',
    // Every post of a thread: tweetTextarea_0, tweetTextarea_1, …; the mobile site uses a textarea.
    editor:
      '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]',
    send: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
    container: '[role="dialog"], main, body',
    shortcut: 'mod-enter',
    fixtures: [{ page: 'x', count: 1 }],
  },
  {
    site: 'linkedin',
    kind: 'post',
    editor: '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
    send: 'button.share-actions__primary-action',
    container: '.share-box, [role="dialog"], .share-creation-state',
    shortcut: 'mod-enter',
    fixtures: [{ page: 'linkedin', count: 1 }],
  },
  {
    site: 'linkedin',
    kind: 'comment',
    editor:
      '.comments-comment-box__form .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]',
    send: 'button.comments-comment-box__submit-button',
    container: '.comments-comment-box__form, form',
    shortcut: 'mod-enter',
    fixtures: [{ page: 'linkedin', count: 1 }],
  },
  {
    site: 'whatsapp',
    kind: 'message',
    editor: 'footer [contenteditable="true"][role="textbox"]',
    send: 'button[aria-label="Verzenden"], button[aria-label="Send"], [data-icon="send"]',
    container: 'footer',
    shortcut: 'enter',
    mediaScope: '#main, section',
    fixtures: [{ page: 'whatsapp', count: 1 }],
  },
];

/**
 * An attached photo or video in a composer: the sites preview a picked file as a `blob:` image or a
 * video (the practice pages as a `data:` image), never as an ordinary https image like avatars and feeds.
 */
export const MEDIA_PREVIEW = 'img[src^="blob:"], img[src^="data:image/"], video';

/** The generic fallback: any focused editable element, when the known markup has changed. */
export const GENERIC_EDITOR =
  '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"], textarea';
/** Labels of send buttons (text or aria-label, case-insensitive), for composers the fallback hooks. */
export const GENERIC_SEND_LABELS = [
  'plaatsen',
  'posten',
  'post',
  'verzenden',
  'versturen',
  'send',
  'delen',
  'reageren',
  'reply',
];
