import type { Rule } from '../rule';

export const STRUCTURED_RULES: Rule[] = [];
