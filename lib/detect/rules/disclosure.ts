import type { Rule } from '../rule';

export const DISCLOSURE_RULES: Rule[] = [];
