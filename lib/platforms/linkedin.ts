import { defineAdapter } from './adapter';

/** LinkedIn: the share box and comment boxes, both Quill, which merges edits within 1000 ms into one undo step. */
export const linkedin = defineAdapter({ site: 'linkedin', undoMergeMs: 1000 });
