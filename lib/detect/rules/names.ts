import type { Rule } from '../rule';

export const NAME_RULES: Rule[] = [];
