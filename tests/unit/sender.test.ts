/**
 * The sender check every receiver of Postwacht's messages applies (background.ts, the content script):
 * only this extension's own pages and service worker get an answer (issue 6, item 4).
 */
import { describe, expect, it } from 'vitest';
import { isOwnSender, isRequest } from '@/lib/messages';

const ID = 'bajanlninhjgjlphmecofelbdnpmeico';
const OWN = `chrome-extension://${ID}/`;

describe('isOwnSender', () => {
  it('accepts the extension’s own pages and its service worker', () => {
    expect(isOwnSender({ id: ID, url: `${OWN}popup.html?tab=3` }, ID, OWN)).toBe(true);
    expect(isOwnSender({ id: ID, url: `${OWN}options.html` }, ID, OWN)).toBe(true);
    expect(isOwnSender({ id: ID }, ID, OWN)).toBe(true);
  });

  it('refuses web pages, other extensions and look-alike URLs', () => {
    // A web page (only possible with externally_connectable, which Postwacht does not declare).
    expect(isOwnSender({ url: 'https://www.facebook.com/' }, ID, OWN)).toBe(false);
    expect(isOwnSender({}, ID, OWN)).toBe(false);
    // Another extension, also one that claims our URL.
    expect(
      isOwnSender({ id: 'a'.repeat(32), url: `chrome-extension://${'a'.repeat(32)}/x.html` }, ID, OWN),
    ).toBe(false);
    expect(isOwnSender({ id: 'a'.repeat(32), url: `${OWN}popup.html` }, ID, OWN)).toBe(false);
    // Our id but a page URL (a content script's sender) or a prefix trick.
    expect(isOwnSender({ id: ID, url: 'https://www.facebook.com/' }, ID, OWN)).toBe(false);
    expect(isOwnSender({ id: ID, url: `chrome-extension://${ID}.evil.example/` }, ID, OWN)).toBe(false);
  });
});

describe('isRequest', () => {
  it('accepts only the two request shapes', () => {
    expect(isRequest({ type: 'postwacht:status' })).toBe(true);
    expect(isRequest({ type: 'postwacht:insert', kind: 'role' })).toBe(true);
    expect(isRequest({ type: 'postwacht:insert', kind: 'disclaimer' })).toBe(true);
    for (const bad of [
      null,
      'postwacht:status',
      { type: 'postwacht:insert' },
      { type: 'postwacht:insert', kind: 'anything' },
      { type: 'postwacht:insert', kind: { toString: () => 'role' } },
      { type: 'postwacht:settings', settings: {} },
    ])
      expect(isRequest(bad)).toBe(false);
  });
});
