/**
 * One composer being watched: re-checks its text when typing pauses (never during IME composition),
 * shows the result in its panel and as highlights, and inserts the disclosure texts on request.
 * Everything it adds is removed by `destroy()`. Nothing it handles is stored or sent anywhere.
 */
import type { FindingType, Profile, Report } from '../detect/types';
import { type Lang, t } from '../i18n';
import type { ComposerStatus, InsertResult } from '../messages';
import type { Composer } from '../platforms';
import { rangeOf, readEditorText } from '../platforms/dom-text';
import { insertIntoEditor, type Win } from '../platforms/insert';
import { findingLevel, type Levels, reminderLevel, withoutOff } from '../settings/levels';
import type { Settings, UserSettings } from '../settings/types';
import { fillTemplate, type InsertKind } from '../templates';
import type { Highlighter } from './highlights';

export interface SetupState {
  kind: InsertKind;
  schools: string[];
  school: string;
  role: string;
}

export interface PanelState {
  lang: Lang;
  /** The report without the checks that are off; `levels` says which of the rest are quiet notes. */
  report: Report | null;
  levels: Levels;
  expanded: boolean;
  setup: SetupState | null;
  notice: string | null;
  busy: boolean;
}

export interface PanelView {
  render(state: PanelState): void;
  /** Moves the panel beside the editor (after scrolling, resizing, re-rendering). */
  place(): void;
  focus(): void;
  destroy(): void;
}

export interface SessionDeps {
  settings(): Settings;
  profile(): Profile;
  saveUser(user: UserSettings): Promise<void>;
  check(text: string, profile: Profile): Report;
  createView(session: ComposerSession): PanelView;
  highlighter: Highlighter;
  /** Reports an error of our own, once; never rethrown into the page. */
  report(error: unknown): void;
  copyToClipboard(text: string): Promise<boolean>;
  win: Win;
  /** How long typing must pause before a check. */
  debounceMs: number;
}

export class ComposerSession {
  private readonly view: PanelView;
  private readonly observer: MutationObserver;
  private state: PanelState;
  private timer: number | undefined;
  private composing = false;
  private lastText: string | null = null;
  private lastInputAt = 0;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    readonly composer: Composer,
    private readonly deps: SessionDeps,
  ) {
    this.state = {
      lang: deps.settings().language,
      report: null,
      levels: deps.settings().levels,
      expanded: true,
      setup: null,
      notice: null,
      busy: false,
    };
    this.view = deps.createView(this);
    const editor = composer.editor;
    // Editors such as Draft.js update the DOM without an `input` event: watch the editor's own subtree.
    this.observer = new deps.win.MutationObserver(() => this.onEdit());
    this.observer.observe(editor, { childList: true, characterData: true, subtree: true });
    this.listen(editor, 'input', () => this.onEdit());
    this.listen(editor, 'compositionstart', () => {
      this.composing = true;
    });
    this.listen(editor, 'compositionend', () => {
      this.composing = false;
      this.onEdit();
    });
    this.listen(editor, 'keydown', (event) => {
      const key = event as KeyboardEvent;
      if (key.altKey && key.shiftKey && key.code === 'KeyP') {
        key.preventDefault();
        this.view.focus();
      }
    });
    this.runCheck(true);
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    const guarded = (event: Event) => {
      try {
        handler(event);
      } catch (error) {
        this.deps.report(error);
      }
    };
    target.addEventListener(type, guarded);
    this.cleanups.push(() => target.removeEventListener(type, guarded));
  }

  get editor(): HTMLElement {
    return this.composer.editor;
  }

  private onEdit(): void {
    this.lastInputAt = this.deps.win.performance.now();
    this.deps.win.clearTimeout(this.timer);
    this.timer = this.deps.win.setTimeout(() => this.runCheck(false), this.deps.debounceMs);
  }

  /** Checks the current text; `force` also re-checks unchanged text (settings changed, after an insert). */
  runCheck(force: boolean): void {
    if (this.composing) return;
    const levels = this.deps.settings().levels;
    let report: Report | null = null;
    try {
      const editorText = readEditorText(this.editor);
      if (!force && editorText.text === this.lastText) return;
      this.lastText = editorText.text;
      // Checks that are off are left out altogether; notes are shown in the panel, not in the editor.
      report = withoutOff(this.deps.check(editorText.text, this.deps.profile()), levels);
      this.deps.highlighter.paint(
        this,
        report.findings.flatMap((finding) => {
          if (findingLevel(levels, finding.type) !== 'warn') return [];
          const range = rangeOf(editorText, finding.start, finding.end, this.editor.ownerDocument);
          return range ? [{ range, severity: finding.severity }] : [];
        }),
      );
    } catch (error) {
      this.deps.report(error);
      this.deps.highlighter.clear(this);
    }
    const hadAttention = warnings(this.state.report, this.state.levels) > 0;
    const hasAttention = warnings(report, levels) > 0;
    // New warnings after a calm state open the panel again; a user's "collapse" otherwise stays.
    const expanded = hasAttention && !hadAttention ? true : this.state.expanded;
    this.update({ report, levels, expanded, lang: this.deps.settings().language });
  }

  private update(change: Partial<PanelState>): void {
    this.state = { ...this.state, ...change };
    this.view.render(this.state);
    this.view.place();
  }

  toggle(): void {
    this.update({ expanded: !this.state.expanded });
  }

  /** Counts and reminders for the popup; no post text. */
  status(): ComposerStatus {
    const report = this.state.report;
    const counts: Partial<Record<FindingType, number>> = {};
    for (const finding of report?.findings ?? []) counts[finding.type] = (counts[finding.type] ?? 0) + 1;
    return {
      site: this.composer.adapter.site,
      active: this.editor.isConnected,
      counts,
      reminders: {
        role: report?.reminders.some((r) => r.id === 'role-disclosure') ?? false,
        disclaimer: report?.reminders.some((r) => r.id === 'opinion-disclaimer') ?? false,
      },
      unavailable: report === null && this.lastText !== null,
    };
  }

  async insert(kind: InsertKind): Promise<InsertResult> {
    if (this.state.busy) return 'failed';
    const { user, organisation } = this.deps.settings();
    if (kind === 'role' && (!user.school.trim() || !user.role.trim())) {
      this.update({
        setup: {
          kind,
          schools: organisation.schools.map((s) => s.name),
          school: user.school,
          role: user.role,
        },
        notice: null,
        expanded: true,
      });
      return 'setup-needed';
    }
    return this.insertText(kind);
  }

  async saveSetup(school: string, role: string): Promise<void> {
    const kind = this.state.setup?.kind ?? 'role';
    await this.deps.saveUser({ ...this.deps.settings().user, school, role });
    this.update({ setup: null });
    await this.insertText(kind, { school, role });
  }

  cancelSetup(): void {
    this.update({ setup: null });
    this.editor.focus({ preventScroll: true });
  }

  /** The text to insert for this post: its language, the site's length, the user's details. */
  textFor(kind: InsertKind, override: Partial<{ school: string; role: string }> = {}): string {
    const { user, organisation, templates } = this.deps.settings();
    const lang = this.state.report?.lang ?? this.state.lang;
    const template = templates[kind][lang][this.composer.adapter.templateLength];
    return fillTemplate(template, {
      functie: override.role ?? user.role,
      school: override.school ?? user.school,
      organisatie: organisation.organization.name || t('fallbackOrganisation', lang),
    });
  }

  private async insertText(
    kind: InsertKind,
    override: Partial<{ school: string; role: string }> = {},
  ): Promise<InsertResult> {
    const lang = this.state.lang;
    const text = this.textFor(kind, override);
    const current = readEditorText(this.editor).text;
    const maxLength = this.composer.adapter.maxLength;
    const newLength = [...current].length + (current.trim() ? 1 : 0) + [...text].length;
    if (maxLength !== undefined && newLength > maxLength) {
      this.update({ notice: t('insertTooLong', lang, { n: newLength, max: maxLength }), expanded: true });
      return 'too-long';
    }
    this.update({ busy: true, notice: null });
    try {
      // Let the editor close its current undo group, so that one undo removes the insert alone.
      const wait = this.composer.adapter.undoMergeMs - (this.deps.win.performance.now() - this.lastInputAt);
      if (wait > 0) await new Promise((resolve) => this.deps.win.setTimeout(resolve, wait));
      const outcome = await insertIntoEditor(this.editor, text, {
        where: this.deps.settings().insertPosition,
        win: this.deps.win,
      });
      if (outcome === 'inserted') {
        this.update({ busy: false, notice: t('insertDone', lang) });
        this.runCheck(true);
        return 'inserted';
      }
      const copied = await this.deps.copyToClipboard(text);
      this.update({
        busy: false,
        notice: copied ? t('insertCopied', lang) : t('insertManual', lang, { text }),
      });
      return copied ? 'copied' : 'failed';
    } catch (error) {
      this.deps.report(error);
      this.update({ busy: false, notice: t('insertManual', lang, { text }) });
      return 'failed';
    }
  }

  destroy(): void {
    this.deps.win.clearTimeout(this.timer);
    this.observer.disconnect();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.deps.highlighter.clear(this);
    this.view.destroy();
  }
}

/** Findings and reminders at level 'warn': the ones that count and open the panel. */
function warnings(report: Report | null, levels: Levels): number {
  if (!report) return 0;
  return (
    report.findings.filter((finding) => findingLevel(levels, finding.type) === 'warn').length +
    report.reminders.filter((reminder) => reminderLevel(levels, reminder.id) === 'warn').length
  );
}
