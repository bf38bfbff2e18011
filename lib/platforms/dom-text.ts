/**
 * Reads an editor's text from its DOM the way the editor models it (one line per block, no
 * placeholder <br>s) and maps text offsets back to DOM ranges for highlighting. Editor-agnostic:
 * Lexical, Draft.js and Quill all render one leaf block element per line.
 */

export interface EditorText {
  text: string;
  /** Each text node and where its data starts in `text`, in document order. */
  segments: Array<{ node: Text; start: number }>;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
]);

function hasBlockChild(element: Element): boolean {
  for (const child of element.children) if (BLOCK_TAGS.has(child.tagName)) return true;
  return false;
}

/** How many nodes `readEditorTextInSteps` visits between two yields (a few milliseconds of work). */
export const NODES_PER_STEP = 1_000;

/** Marks where a block ends on the walk's stack. */
const BLOCK_END = Symbol('block end');

/**
 * Reads the text like `readEditorText`, yielding after every `nodesPerStep` nodes, so that a caller
 * can spread a pasted document of tens of thousands of lines over several tasks. Iterative (an
 * explicit stack), so deep markup cannot overflow the call stack.
 */
export function* readEditorTextInSteps(
  root: Element,
  nodesPerStep = NODES_PER_STEP,
): Generator<void, EditorText, void> {
  if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
    return { text: root.value, segments: [] };
  }
  const segments: EditorText['segments'] = [];
  const lines: string[] = [];
  let line = '';
  let lineOpen = false;
  let offset = 0;
  const endLine = () => {
    if (!lineOpen) return;
    // A trailing <br> only keeps an empty line open in contenteditable; it is not a character.
    if (line.endsWith('\n')) line = line.slice(0, -1);
    lines.push(line);
    offset += line.length + 1;
    line = '';
    lineOpen = false;
  };
  // Children are pushed last-first, so nodes are popped in document order.
  const stack: Array<Node | typeof BLOCK_END> = [];
  const pushChildren = (node: Node) => {
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  };
  pushChildren(root);
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop() as Node | typeof BLOCK_END;
    if (node === BLOCK_END) {
      endLine();
      continue;
    }
    if (++visited % nodesPerStep === 0) yield;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      lineOpen = true;
      segments.push({ node: text, start: offset + line.length });
      line += text.data;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = (node as Element).tagName;
      if (tag === 'BR') {
        lineOpen = true;
        line += '\n';
      } else if (BLOCK_TAGS.has(tag)) {
        // A block is a line of its own; a block of blocks (a list, a wrapper) only separates them.
        endLine();
        if (!hasBlockChild(node as Element)) lineOpen = true;
        stack.push(BLOCK_END);
        pushChildren(node);
      } else {
        pushChildren(node);
      }
    }
  }
  endLine();
  return { text: lines.join('\n'), segments };
}

/** The editor's text in one go (short texts, and where the caller needs it now). */
export function readEditorText(root: Element): EditorText {
  const steps = readEditorTextInSteps(root, Number.POSITIVE_INFINITY);
  for (;;) {
    const result = steps.next();
    if (result.done) return result.value;
  }
}

/** The DOM range of text offsets [start, end), or null when they do not fall in text nodes. */
export function rangeOf(
  editorText: EditorText,
  start: number,
  end: number,
  doc: Document = document,
): Range | null {
  // Segments are in text order: find the one holding `offset` by binary search (long pastes have thousands).
  const segments = editorText.segments;
  const locate = (offset: number, preferEnd: boolean) => {
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid] as (typeof segments)[number];
      const length = segment.node.data.length;
      const from = segment.start + (preferEnd ? 1 : 0);
      const to = segment.start + length - (preferEnd ? 0 : 1);
      if (offset < from) high = mid - 1;
      else if (offset > to) low = mid + 1;
      else return { node: segment.node, offset: offset - segment.start };
    }
    return null;
  };
  const from = locate(start, false);
  const to = locate(end, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Text offset of a DOM position inside the editor, or null when it is not in a text node we know. */
export function offsetOf(editorText: EditorText, node: Node, offset: number): number | null {
  const segment = editorText.segments.find((s) => s.node === node);
  return segment ? segment.start + offset : null;
}
