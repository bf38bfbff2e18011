import type { JSX } from 'preact';
import type { Finding } from '@/lib/detect/types';

export interface Segment {
  text: string;
  /** The finding this part of the text belongs to, if any. */
  finding?: Finding;
}

/**
 * Splits `text` into plain and highlighted parts, in order. Overlapping findings are merged into the
 * earlier one, so every character appears exactly once.
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const finding of sorted) {
    const start = Math.max(finding.start, cursor);
    const end = Math.min(finding.end, text.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), finding });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/**
 * A read-only rendering of a text with its findings marked. Every part is a DOM text node (Preact
 * children), never HTML: whatever the text contains is shown, not interpreted.
 */
export function HighlightedText(props: {
  text: string;
  findings: readonly Finding[];
  label: string;
  testId?: string;
  typeLabel(finding: Finding): string;
}): JSX.Element {
  return (
    <figure class="pw-highlighted">
      <figcaption class="pw-hint">{props.label}</figcaption>
      <div class="pw-highlighted__text" data-testid={props.testId}>
        {segmentsOf(props.text, props.findings).map((segment, index) =>
          segment.finding ? (
            <mark
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt on each change
              key={index}
              class={`pw-mark-text pw-mark-text--${segment.finding.severity}`}
              data-type={segment.finding.type}
              title={props.typeLabel(segment.finding)}
            >
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </div>
    </figure>
  );
}
