import { defineAdapter } from './adapter';

/** Facebook: the post composer dialog and comment boxes, both Lexical. */
export const facebook = defineAdapter({ site: 'facebook' });
