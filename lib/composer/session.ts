/**
 * One composer being watched: re-checks its text when typing pauses (never during IME composition),
 * shows the result in its panel and as highlights, and inserts the disclosure texts on request.
 * Everything it adds is removed by `destroy()`. Nothing it handles is stored or sent anywhere.
 */

import { checkInPieces } from '../detect/pieces';
import type { Finding, FindingType, Profile, Report } from '../detect/types';
import { type Lang, t } from '../i18n';
import type { ComposerStatus, InsertResult } from '../messages';
import type { Composer } from '../platforms';
import { type EditorText, rangeOf, readEditorText, readEditorTextInSteps } from '../platforms/dom-text';
import { insertIntoEditor, type Win } from '../platforms/insert';
import { replaceInEditor } from '../platforms/replace';
import { SITES, type SiteId } from '../platforms/sites';
import { findingLevel, type Levels, reminderLevel, withoutOff } from '../settings/levels';
import type { Settings, UserSettings } from '../settings/types';
import { fillTemplate, type InsertKind } from '../templates';
import { combinedEdit, type Edit, editFor } from './fixes';
import type { Highlighter } from './highlights';
import { blockingFindings, isSendKey, type KeyPress, keyPressOf, replayKey } from './send-guard';

/** The longest stretch of checking work in one task before the page gets its turn again. */
const SLICE_MS = 12;

/** A finished check: the report and the text it is about. */
interface Checked {
  report: Report;
  editorText: EditorText;
}

const SITE_NAMES = Object.fromEntries(SITES.map((site) => [site.id, site.label])) as Record<SiteId, string>;

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
  /** The user asked to post while these findings remain: "Toch plaatsen" or "Terug". */
  sendConfirm: SendConfirm | null;
  /** A photo/video is attached: 'needed' until the user confirms consent for this post (A5). */
  consent: 'needed' | 'confirmed' | null;
  /** Whom to ask when in doubt (B3/B4): the configured e-mail address, or ''. */
  contact: string;
  /** The panel may offer "pause on this site for an hour". */
  canPause: boolean;
}

export interface SendConfirm {
  findings: Finding[];
}

export interface PanelView {
  render(state: PanelState): void;
  /** Moves the panel beside the editor (after scrolling, resizing, re-rendering). */
  place(): void;
  /** Focuses the panel's first control, or the "Terug" button of the confirmation before posting. */
  focus(target?: 'send-back'): void;
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
  /** Whether the user may pause Postwacht on this site (IT did not lock it), and doing so. */
  canPause?(): boolean;
  pause?(): Promise<void>;
}

export class ComposerSession {
  private readonly view: PanelView;
  private readonly observer: MutationObserver;
  private readonly mediaObserver: MutationObserver;
  private mediaTimer: number | undefined;
  private state: PanelState;
  private timer: number | undefined;
  private composing = false;
  private lastText: string | null = null;
  /** The last check threw (the panel says the check is unavailable). */
  private checkFailed = false;
  /** Increases with every check started (and on destroy), so an unfinished long check knows it is stale. */
  private checkGeneration = 0;
  private lastInputAt = 0;
  private readonly cleanups: Array<() => void> = [];
  /** How the held-up post was asked for: the send button, or this key press in the editor. */
  private pendingSend: { via: 'click' } | { via: 'key'; press: KeyPress } | null = null;
  /** The text the user confirmed "Toch plaatsen" for: posting exactly this text passes untouched. */
  private confirmedText: string | null = null;
  /** The text of the post the confirmation is about. */
  private heldText: string | null = null;

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
      sendConfirm: null,
      consent: null,
      contact: deps.settings().managerContact,
      canPause: deps.canPause?.() ?? false,
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
    // Photo/video consent (A5): watch where the site previews attachments.
    this.mediaObserver = new deps.win.MutationObserver(() => this.scheduleMediaCheck());
    this.mediaObserver.observe(composer.adapter.mediaScope(composer), { childList: true, subtree: true });
    this.state.consent = this.hasMedia() ? 'needed' : null;
    // Check before posting: in the capture phase on the composer's container, before the site sees it.
    const container = composer.adapter.container(composer);
    this.listen(container, 'click', (event) => this.onSendAttempt(event, { via: 'click' }), true);
    this.listen(
      container,
      'keydown',
      (event) => {
        const key = event as KeyboardEvent;
        if (!event.composedPath().includes(editor)) return;
        if (!isSendKey(key, composer.adapter.sendShortcut(composer))) return;
        this.onSendAttempt(event, { via: 'key', press: keyPressOf(key) });
      },
      true,
    );
    this.runCheck(true);
  }

  private hasMedia(): boolean {
    try {
      return this.composer.adapter.hasMedia(this.composer);
    } catch (error) {
      this.deps.report(error);
      return false;
    }
  }

  private scheduleMediaCheck(): void {
    if (this.mediaTimer !== undefined) return;
    this.mediaTimer = this.deps.win.setTimeout(() => {
      this.mediaTimer = undefined;
      const has = this.hasMedia();
      // Media added: ask once for this post; media removed: the question (and a given consent) goes.
      if (has && this.state.consent === null) this.update({ consent: 'needed', expanded: true });
      else if (!has && this.state.consent !== null) this.update({ consent: null });
    }, 0);
  }

  /** Pauses Postwacht on this site for an hour; the content script then removes this session. */
  async pause(): Promise<void> {
    if (!this.deps.pause || !this.state.canPause) return;
    try {
      await this.deps.pause();
    } catch (error) {
      this.deps.report(error);
      this.update({ notice: t('pauseFailed', this.state.lang) });
    }
  }

  /**
   * "Twijfel? Vraag het je leidinggevende" (B3/B4): a mail to the configured contact with a neutral
   * subject; the draft goes in only when the user ticked that. Null without a contact.
   */
  mailto(includeDraft: boolean): string | null {
    const contact = this.deps.settings().managerContact.trim();
    if (!contact) return null;
    const lang = this.state.lang;
    const site = this.composer.adapter.site;
    const draft = includeDraft ? readEditorText(this.editor).text : '';
    const body = includeDraft ? t('askBodyWithDraft', lang, { draft }) : t('askBody', lang);
    const query = `subject=${encodeURIComponent(t('askSubject', lang, { site: SITE_NAMES[site] }))}&body=${encodeURIComponent(body)}`;
    return `mailto:${encodeURIComponent(contact).replace(/%40/g, '@')}?${query}`;
  }

  /** "Toestemming is er": consent confirmed for this post's photo or video. */
  confirmConsent(): void {
    if (this.state.consent !== 'needed') return;
    this.update({ consent: 'confirmed' });
  }

  /**
   * The user asked the site to post. With nothing of the configured types left (or after "Toch
   * plaatsen" for this exact text) the event is not touched at all; otherwise it is held and the panel asks.
   */
  private onSendAttempt(event: Event, via: { via: 'click' } | { via: 'key'; press: KeyPress }): void {
    if (via.via === 'click') {
      const button = this.composer.adapter.sendButton(this.composer);
      if (!button || !event.composedPath().includes(button)) return;
    }
    const { sendCheck, levels } = this.deps.settings();
    if (!sendCheck.enabled || this.composing) return;
    const text = readEditorText(this.editor).text;
    if (this.confirmedText !== null && text === this.confirmedText) return;
    let findings: Finding[] = [];
    try {
      findings = blockingFindings(
        withoutOff(this.deps.check(text, this.deps.profile()), levels),
        sendCheck,
        levels,
      );
    } catch (error) {
      // A failing check never blocks posting.
      this.deps.report(error);
      return;
    }
    if (findings.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.pendingSend = via;
    this.heldText = text;
    // The panel lists the same findings as the confirmation, even when typing had not paused yet.
    this.deps.win.clearTimeout(this.timer);
    this.runCheck(true);
    this.update({ sendConfirm: { findings }, expanded: true });
    this.view.focus('send-back');
  }

  /** "Toch plaatsen": the site posts exactly as it would have, through the same button or key. */
  sendAnyway(): void {
    const pending = this.pendingSend;
    if (!pending || !this.state.sendConfirm) return;
    this.pendingSend = null;
    this.confirmedText = readEditorText(this.editor).text;
    this.update({ sendConfirm: null });
    this.editor.focus({ preventScroll: true });
    if (pending.via === 'click') this.composer.adapter.sendButton(this.composer)?.click();
    else replayKey(this.editor, pending.press);
  }

  /** "Terug" (or Escape): back to the draft, untouched. */
  sendBack(): void {
    if (!this.state.sendConfirm) return;
    this.pendingSend = null;
    this.update({ sendConfirm: null });
    this.editor.focus({ preventScroll: true });
  }

  get confirming(): boolean {
    return this.state.sendConfirm !== null;
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void, capture = false): void {
    const guarded = (event: Event) => {
      try {
        handler(event);
      } catch (error) {
        this.deps.report(error);
      }
    };
    target.addEventListener(type, guarded, capture);
    this.cleanups.push(() => target.removeEventListener(type, guarded, capture));
  }

  get editor(): HTMLElement {
    return this.composer.editor;
  }

  private onEdit(): void {
    // A confirmation counts for the exact text it was given for: once posted (or edited), it is gone.
    if (this.confirmedText !== null && readEditorText(this.editor).text !== this.confirmedText) {
      this.confirmedText = null;
    }
    this.lastInputAt = this.deps.win.performance.now();
    // An unfinished check of a long text speaks about a text that is gone; the debounced one replaces it.
    this.checkGeneration++;
    this.deps.win.clearTimeout(this.timer);
    this.timer = this.deps.win.setTimeout(() => this.runCheck(false), this.deps.debounceMs);
  }

  /**
   * Checks the current text; `force` also re-checks unchanged text (settings changed, after an insert).
   * The work (reading the editor, checking in pieces) runs in slices of at most about `SLICE_MS`, one
   * task each, so that a pasted document of 10,000 lines never holds up the page; a short post is
   * checked at once. An edit, a newer check or `destroy()` abandons an unfinished one.
   */
  runCheck(force: boolean): void {
    if (this.composing) return;
    const generation = ++this.checkGeneration;
    const steps = this.checkSteps(force);
    const now = () => this.deps.win.performance.now();
    const slice = () => {
      if (generation !== this.checkGeneration) return;
      const until = now() + SLICE_MS;
      let result: IteratorResult<void, Checked | null>;
      try {
        do result = steps.next();
        while (!result.done && now() < until);
      } catch (error) {
        this.deps.report(error);
        this.show(null);
        return;
      }
      if (!result.done) this.deps.win.setTimeout(slice, 0);
      else if (result.value) {
        this.lastText = result.value.editorText.text;
        this.show(result.value.report, result.value.editorText);
      }
    };
    slice();
  }

  /** Reads and checks the editor's text step by step; null when the text is unchanged and not forced. */
  private *checkSteps(force: boolean): Generator<void, Checked | null, void> {
    const editorText = yield* readEditorTextInSteps(this.editor);
    if (this.confirmedText !== null && editorText.text !== this.confirmedText) this.confirmedText = null;
    if (!force && editorText.text === this.lastText) return null;
    // The draft changed while the confirmation was open: it no longer speaks about this text.
    if (this.state.sendConfirm && editorText.text !== this.heldText) {
      this.pendingSend = null;
      this.state = { ...this.state, sendConfirm: null };
    }
    const report = yield* checkInPieces(editorText.text, this.deps.profile(), this.deps.check);
    return { report, editorText };
  }

  /** Shows a finished check (or, with null, that the check is unavailable) in the panel and the editor. */
  private show(raw: Report | null, editorText?: EditorText): void {
    const levels = this.deps.settings().levels;
    let report: Report | null = null;
    try {
      if (raw && editorText) {
        // Checks that are off are left out altogether; notes are shown in the panel, not in the editor.
        report = withoutOff(raw, levels);
        const shown = report;
        this.deps.highlighter.paint(
          this,
          shown.findings.flatMap((finding) => {
            if (findingLevel(levels, finding.type) !== 'warn') return [];
            const range = rangeOf(editorText, finding.start, finding.end, this.editor.ownerDocument);
            return range ? [{ range, severity: finding.severity }] : [];
          }),
        );
      } else {
        this.deps.highlighter.clear(this);
      }
    } catch (error) {
      this.deps.report(error);
      report = null;
      this.deps.highlighter.clear(this);
    }
    this.checkFailed = report === null;
    const hadAttention = warnings(this.state.report, this.state.levels) > 0;
    const hasAttention = warnings(report, levels) > 0;
    // New warnings after a calm state open the panel again; a user's "collapse" otherwise stays.
    const expanded = hasAttention && !hadAttention ? true : this.state.expanded;
    this.update({
      report,
      levels,
      expanded,
      lang: this.deps.settings().language,
      contact: this.deps.settings().managerContact,
      canPause: this.deps.canPause?.() ?? false,
    });
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
      unavailable: this.checkFailed,
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
      await this.closeUndoGroup();
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

  /** Quick fix for one finding (initials for a name, removal for other personal data), as one undo step. */
  async fix(finding: Finding): Promise<boolean> {
    const text = readEditorText(this.editor).text;
    return this.applyEdit(editFor(finding, text));
  }

  /** All quick fixes at once: one undo step when they are on one line, else one per finding. */
  async fixAll(): Promise<boolean> {
    const findings = this.state.report?.findings ?? [];
    const text = readEditorText(this.editor).text;
    const combined = combinedEdit(findings, text);
    if (combined) return this.applyEdit(combined);
    // Across lines: from the last to the first, so earlier offsets stay right.
    const edits = findings
      .map((finding) => editFor(finding, text))
      .filter((edit): edit is Edit => edit !== null)
      .sort((a, b) => b.start - a.start);
    let ok = edits.length > 0;
    for (const edit of edits) {
      if (!ok) break;
      ok = await this.applyEdit(edit, false);
    }
    return ok;
  }

  /** Waits until the editor has closed its current undo group, so that one undo removes our edit alone. */
  private async closeUndoGroup(): Promise<void> {
    const wait = this.composer.adapter.undoMergeMs - (this.deps.win.performance.now() - this.lastInputAt);
    if (wait > 0) await new Promise((resolve) => this.deps.win.setTimeout(resolve, wait));
  }

  private async applyEdit(edit: Edit | null, notify = true): Promise<boolean> {
    const lang = this.state.lang;
    if (!edit || this.state.busy) return false;
    this.update({ busy: true, notice: null });
    try {
      await this.closeUndoGroup();
      const outcome = await replaceInEditor(this.editor, edit.start, edit.end, edit.replacement, {
        expect: edit.expect,
        win: this.deps.win,
      });
      const done = outcome === 'replaced';
      this.update({
        busy: false,
        notice: done ? (notify ? t('fixDone', lang) : null) : t('fixFailed', lang),
      });
      this.runCheck(true);
      return done;
    } catch (error) {
      this.deps.report(error);
      this.update({ busy: false, notice: t('fixFailed', lang) });
      return false;
    }
  }

  destroy(): void {
    this.checkGeneration++;
    this.deps.win.clearTimeout(this.timer);
    this.deps.win.clearTimeout(this.mediaTimer);
    this.observer.disconnect();
    this.mediaObserver.disconnect();
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
