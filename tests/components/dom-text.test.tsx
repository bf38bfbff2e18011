import { describe, expect, it } from 'vitest';
import { rangeOf, readEditorText, readEditorTextInSteps } from '@/lib/platforms/dom-text';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('readEditorText', () => {
  it('reads Lexical paragraphs as lines, an empty paragraph as an empty line', () => {
    const root = editor(
      '<p dir="ltr"><span data-lexical-text="true">Hallo </span><strong>daar</strong></p><p><br></p><p><span>Doei</span></p>',
    );
    expect(readEditorText(root).text).toBe('Hallo daar\n\nDoei');
  });

  it('reads Draft.js blocks (nested divs) as lines', () => {
    const block = (text: string) =>
      `<div data-block="true"><div data-offset-key="a"><span data-offset-key="b"><span data-text="true">${text}</span></span></div></div>`;
    const empty =
      '<div data-block="true"><div data-offset-key="c"><span data-offset-key="d"><br data-text="true"></span></div></div>';
    const root = editor(`<div data-contents="true">${block('Eerste')}${empty}${block('Derde')}</div>`);
    expect(readEditorText(root).text).toBe('Eerste\n\nDerde');
  });

  it('reads Quill paragraphs and keeps a line break inside a line', () => {
    const root = editor('<p>Een<br>twee</p><p><br></p>');
    expect(readEditorText(root).text).toBe('Een\ntwee\n');
  });

  it('maps text offsets back to a DOM range across text nodes', () => {
    const root = editor(
      '<p><span>Bel Sanne </span><span>de Vries</span></p><p><span>op 06-12345678</span></p>',
    );
    const text = readEditorText(root);
    expect(text.text).toBe('Bel Sanne de Vries\nop 06-12345678');
    expect(rangeOf(text, 4, 18)?.toString()).toBe('Sanne de Vries');
    expect(rangeOf(text, 22, 33)?.toString()).toBe('06-12345678');
  });
});

describe('readEditorTextInSteps', () => {
  it('reads a long editor over several steps to exactly the text read in one go', () => {
    const root = editor(Array.from({ length: 600 }, (_, i) => `<p><span>regel ${i}</span></p>`).join(''));
    const steps = readEditorTextInSteps(root, 100);
    let yields = 0;
    let result = steps.next();
    while (!result.done) {
      yields++;
      result = steps.next();
    }
    // 600 paragraphs, each with a span and a text node: 1,800 nodes, a yield every 100.
    expect(yields).toBe(18);
    expect(result.value.text).toBe(readEditorText(root).text);
    expect(result.value.text.split('\n')).toHaveLength(600);
  });

  it('reads markup nested deeper than the call stack allows', () => {
    const root = editor('');
    let inner: HTMLElement = root;
    for (let depth = 0; depth < 20_000; depth++) inner = inner.appendChild(document.createElement('span'));
    inner.append('diep');
    expect(readEditorText(root).text).toBe('diep');
  });
});
