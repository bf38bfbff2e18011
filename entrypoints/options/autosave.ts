/**
 * Saving without a save button: each settings section keeps a draft, checks it, and saves it after a
 * short pause in typing (or at once for choices and on leaving a field). Invalid drafts are never saved.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { type SaveOutcome, type SettingKey, type Settings, save } from '@/components/useSettings';
import type { MessageKey } from '@/lib/i18n';

export type SaveState = 'idle' | 'saving' | SaveOutcome | 'invalid';

/** Where sections report what happened to their last edit; the page shows it in one status line. */
export const SaveReporter = createContext<(state: SaveState) => void>(() => {});

/** Field name → the message that says what is wrong with it. */
export type Problems = Record<string, MessageKey>;

export interface Codec<K extends SettingKey, F> {
  toForm(value: Settings[K]): F;
  toValue(form: F): Settings[K];
  validate(form: F): Problems;
}

export interface Autosave<F> {
  form: F;
  problems: Problems;
  /** Changes the draft; saves it after a pause (`later`, while typing) or `now` (a choice was made). */
  edit(next: F, when?: 'later' | 'now'): void;
  /** Saves a pending draft at once (when a field loses focus, or the page goes away). */
  flush(): void;
}

export const DEBOUNCE_MS = 500;

export function useAutosave<K extends SettingKey, F>(
  key: K,
  value: Settings[K],
  codec: Codec<K, F>,
  options: { delayMs?: number; reportInvalid?: boolean } = {},
): Autosave<F> {
  const { delayMs = DEBOUNCE_MS, reportInvalid = true } = options;
  const report = useContext(SaveReporter);
  const [form, setForm] = useState<F>(() => codec.toForm(value));
  const [problems, setProblems] = useState<Problems>({});
  const latest = useRef({ form, codec, report, value });
  latest.current = { form, codec, report, value };
  /** The draft differs from what is stored (being typed, invalid, or being saved). */
  const dirty = useRef(false);
  const pending = useRef<{ value: Settings[K] } | null>(null);
  const edits = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Someone else changed the setting (the policy, the in-page setup, another tab): show it, unless
  // the user is in the middle of changing it here.
  const valueJson = JSON.stringify(value);
  useEffect(() => {
    if (dirty.current) return;
    const { form: current, codec: c, value: stored } = latest.current;
    if (JSON.stringify(c.toValue(current)) === valueJson) return;
    setForm(c.toForm(stored));
    setProblems({});
  }, [valueJson]);

  const flush = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const seq = edits.current;
    latest.current.report('saving');
    void save(key, next.value).then((outcome) => {
      if (seq === edits.current) {
        dirty.current = false;
        if (outcome === 'locked') {
          setForm(latest.current.codec.toForm(latest.current.value));
          setProblems({});
        }
      }
      latest.current.report(outcome);
    });
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const edit = (next: F, when: 'later' | 'now' = 'later') => {
    edits.current++;
    dirty.current = true;
    setForm(next);
    latest.current.form = next;
    const found = latest.current.codec.validate(next);
    setProblems(found);
    clearTimeout(timer.current);
    if (Object.keys(found).length > 0) {
      pending.current = null;
      if (reportInvalid) latest.current.report('invalid');
      return;
    }
    pending.current = { value: latest.current.codec.toValue(next) };
    if (when === 'now') flush();
    else timer.current = setTimeout(() => flushRef.current(), delayMs);
  };

  useEffect(() => {
    const onHide = () => flushRef.current();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      flushRef.current();
    };
  }, []);

  return { form, problems, edit, flush };
}
