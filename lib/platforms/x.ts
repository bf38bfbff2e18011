import { defineAdapter } from './adapter';

/** X: every post of a thread (Draft.js) and the mobile-web textarea; 280 characters, short texts. */
export const x = defineAdapter({ site: 'x', maxLength: 280, templateLength: 'short' });
