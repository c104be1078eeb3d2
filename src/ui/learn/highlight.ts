// Syntax highlighting for the notes' YAML and JSON blocks, with the same Lezer parsers CodeMirror
// uses (the grammar packages carry their own highlight tags). Imported lazily by NoteBody, so a
// note without code never downloads a parser. Output is built from DOM nodes, never HTML strings.
import { classHighlighter, highlightCode } from '@lezer/highlight';
import { parser as jsonParser } from '@lezer/json';
import { parser as yamlParser } from '@lezer/yaml';

const PARSERS = { yaml: yamlParser, json: jsonParser } as const;

export type HighlightedLanguage = keyof typeof PARSERS;

export function isHighlighted(language: string | undefined): language is HighlightedLanguage {
  return language === 'yaml' || language === 'json';
}

/** Replaces the children of `target` with highlighted spans (classes tok-keyword, tok-string, …). */
export function highlightInto(target: HTMLElement, code: string, language: HighlightedLanguage): void {
  const fragment = document.createDocumentFragment();
  const tree = PARSERS[language].parse(code);
  highlightCode(
    code,
    tree,
    classHighlighter,
    (text, classes) => {
      if (!classes) {
        fragment.append(text);
        return;
      }
      const span = document.createElement('span');
      span.className = classes;
      span.textContent = text;
      fragment.append(span);
    },
    () => fragment.append('\n'),
  );
  target.replaceChildren(fragment);
}
