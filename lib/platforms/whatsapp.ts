import { defineAdapter } from './adapter';

/** WhatsApp Web: the message box in the chat footer (Lexical). */
export const whatsapp = defineAdapter({ site: 'whatsapp' });
