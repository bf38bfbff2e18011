/** The detector's public shapes. Offsets are UTF-16 code units into the original text, end exclusive. */

export type PiiType =
  | 'name'
  | 'email'
  | 'phone'
  | 'address'
  | 'postcode'
  | 'bsn'
  | 'iban'
  | 'birthdate'
  | 'handle'
  | 'special'
  | 'licenseplate';

export type FindingType = PiiType | 'abusive';

/** Article ids of the protocol as shown to users (see shared/protocol/README.md). */
export type Article = 'A2' | 'A4' | 'A5' | 'A7' | 'B2' | 'B3' | 'B4' | 'C1' | 'C3' | 'C4';

export type Severity = 'high' | 'medium' | 'low';

export type Lang = 'nl' | 'en';

export interface Messages {
  nl: string;
  en: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Finding extends Span {
  type: FindingType;
  text: string;
  rule: string;
  article: Article;
  severity: Severity;
  message: Messages;
}

/** A yes/no judgement about the whole post, with the text that led to it. */
export interface Evidence {
  value: boolean;
  spans: Array<Span & { text: string; rule: string }>;
}

export type ReminderId = 'role-disclosure' | 'opinion-disclaimer';

export interface Reminder {
  id: ReminderId;
  articles: Article[];
  message: Messages;
}

export interface Report {
  /** The post's main language, guessed from its words. */
  lang: Lang;
  findings: Finding[];
  affiliated: Evidence;
  roleDisclosure: Evidence;
  opinionDisclaimer: Evidence;
  abusive: Evidence;
  reminders: Reminder[];
}

/** The organisation as configured (same shape as a school board's org file or IT policy). */
export interface Organisation {
  organization: { name: string; aliases?: string[] };
  schools: Array<{ name: string; aliases?: string[] }>;
}

export interface Profile extends Organisation {
  /** The user: their own school and function (and name, which is never flagged in their posts). */
  user?: { school?: string; role?: string; name?: string };
}
