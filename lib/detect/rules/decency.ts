import type { Rule } from '../rule';

export const DECENCY_RULES: Rule[] = [];
