/**
 * UI strings from `public/_locales`. We look them up ourselves instead of `browser.i18n.getMessage`
 * because the language is the user's (or the school's) setting, Dutch by default, not the browser's.
 */
import en from '../public/_locales/en/messages.json';
import nl from '../public/_locales/nl/messages.json';

export type Lang = 'nl' | 'en';
export type MessageKey = keyof typeof nl;

const CATALOGS: Record<Lang, Record<MessageKey, { message: string }>> = { nl, en };

/** The message for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, lang: Lang = 'nl', values: Record<string, string | number> = {}): string {
  return CATALOGS[lang][key].message.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
