import type { Rule } from '../rule';

export const AFFILIATION_RULES: Rule[] = [];
