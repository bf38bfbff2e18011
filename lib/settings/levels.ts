/**
 * Which check each finding and reminder belongs to, and what its level does: 'off' hides it, 'note'
 * shows it quietly (no highlight in the editor, not in the count), 'warn' is the full treatment.
 */
import type { FindingType, ReminderId, Report } from '../detect/types';
import type { CheckId, Level } from './types';

export const CHECK_OF_TYPE: Record<FindingType, CheckId> = {
  name: 'personalData',
  email: 'personalData',
  phone: 'personalData',
  address: 'personalData',
  postcode: 'personalData',
  bsn: 'personalData',
  iban: 'personalData',
  birthdate: 'personalData',
  handle: 'personalData',
  licenseplate: 'personalData',
  special: 'special',
  abusive: 'decency',
};

export const CHECK_OF_REMINDER: Record<ReminderId, CheckId> = {
  'role-disclosure': 'roleReminder',
  'opinion-disclaimer': 'disclaimerReminder',
};

export type Levels = Partial<Record<CheckId, Level>>;

/** A missing level is a warning: a check never goes quiet by accident. */
export const levelOf = (levels: Levels | undefined, check: CheckId): Level => levels?.[check] ?? 'warn';

export const findingLevel = (levels: Levels | undefined, type: FindingType): Level =>
  levelOf(levels, CHECK_OF_TYPE[type]);

export const reminderLevel = (levels: Levels | undefined, id: ReminderId): Level =>
  levelOf(levels, CHECK_OF_REMINDER[id]);

/** The report without the findings and reminders whose check is off. */
export function withoutOff(report: Report, levels: Levels | undefined): Report {
  return {
    ...report,
    findings: report.findings.filter((finding) => findingLevel(levels, finding.type) !== 'off'),
    reminders: report.reminders.filter((reminder) => reminderLevel(levels, reminder.id) !== 'off'),
  };
}
