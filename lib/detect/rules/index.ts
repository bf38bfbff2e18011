import type { Rule } from '../rule';
import { AFFILIATION_RULES } from './affiliation';
import { DECENCY_RULES } from './decency';
import { DISCLOSURE_RULES } from './disclosure';
import { NAME_RULES } from './names';
import { SPECIAL_RULES } from './special';
import { STRUCTURED_RULES } from './structured';

/**
 * Every rule, in the order they run: structured data first (so names are not sought inside an e-mail
 * address), then names, then what depends on names (special data), then decency and the post-level
 * signals.
 */
export const RULES: readonly Rule[] = [
  ...STRUCTURED_RULES,
  ...NAME_RULES,
  ...SPECIAL_RULES,
  ...DECENCY_RULES,
  ...AFFILIATION_RULES,
  ...DISCLOSURE_RULES,
];
