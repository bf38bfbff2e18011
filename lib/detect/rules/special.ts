import type { Rule } from '../rule';

export const SPECIAL_RULES: Rule[] = [];
