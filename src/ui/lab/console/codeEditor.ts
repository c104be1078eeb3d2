/**
 * The template editor's CodeMirror 6 setup. This module is imported dynamically by
 * TemplateEditor.svelte, so CodeMirror stays out of the Lab's first paint.
 */
import { basicSetup, EditorView } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { TemplateDiagnostic } from './templateDiagnostics';

export type EditorTheme = 'light' | 'dark';

// Colours come from the app's design tokens, so both themes follow tokens.css.
const base = {
  '&': { color: 'var(--color-text)', backgroundColor: 'var(--color-bg)', fontSize: 'var(--font-size-sm)' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--color-text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--color-surface-raised)',
    color: 'var(--color-text-muted)',
    borderRight: '1px solid var(--color-border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--color-accent) 8%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--color-accent) 18%, transparent)' },
  '&.cm-focused': { outline: 'var(--focus-ring)', outlineOffset: '2px' },
  '.cm-tooltip': {
    backgroundColor: 'var(--color-surface-raised)',
    color: 'var(--color-text)',
    border: '1px solid var(--color-border-strong)',
  },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--color-error-fg)' },
};

const lightTheme = EditorView.theme(
  {
    ...base,
    '.cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection': { backgroundColor: '#cfe0ff' },
  },
  { dark: false },
);
const darkTheme = EditorView.theme(
  {
    ...base,
    '.cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection': { backgroundColor: '#2d4468' },
  },
  { dark: true },
);

// Highlight colours chosen for 4.5:1 contrast on --color-bg in each theme.
const lightHighlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#1d4ed8' },
  { tag: [tags.string, tags.special(tags.string)], color: '#1a6b34' },
  { tag: [tags.number, tags.bool, tags.null], color: '#8a4b00' },
  { tag: [tags.comment], color: '#5b6270', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.labelName, tags.meta], color: '#6b3fb3' },
]);
const darkHighlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: '#8ab4ff' },
  { tag: [tags.string, tags.special(tags.string)], color: '#6fdd8b' },
  { tag: [tags.number, tags.bool, tags.null], color: '#ffb454' },
  { tag: [tags.comment], color: '#a9b4c0', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.labelName, tags.meta], color: '#c6a6ff' },
]);

const themeFor = (t: EditorTheme) => [
  t === 'dark' ? darkTheme : lightTheme,
  syntaxHighlighting(t === 'dark' ? darkHighlight : lightHighlight),
];

export interface TemplateEditorHandle {
  view: EditorView;
  setTheme(theme: EditorTheme): void;
  setText(text: string): void;
  getText(): string;
  showDiagnostics(diagnostics: readonly TemplateDiagnostic[]): void;
  destroy(): void;
}

export function createTemplateEditor(options: {
  parent: HTMLElement;
  text: string;
  theme: EditorTheme;
  label: string;
  describedBy?: string;
  onChange(text: string): void;
  /** Escape leaves the editor (focus goes where this sends it), so Tab-to-indent never traps the keyboard. */
  onEscape(): void;
}): TemplateEditorHandle {
  const theme = new Compartment();
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        EditorView.lineWrapping,
        theme.of(themeFor(options.theme)),
        // Tab indents (templates are indentation-sensitive). Escape leaves the editor; Ctrl+M
        // (basicSetup's toggleTabFocusMode) makes Tab move focus instead. Escape still closes
        // completion and search first, because their keymaps take precedence over this one.
        keymap.of([indentWithTab]),
        Prec.low(keymap.of([{ key: 'Escape', run: () => (options.onEscape(), true) }])),
        EditorView.contentAttributes.of({
          'aria-label': options.label,
          ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
        }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    setTheme: (t) => view.dispatch({ effects: theme.reconfigure(themeFor(t)) }),
    setText: (text) => {
      if (text !== view.state.doc.toString())
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    getText: () => view.state.doc.toString(),
    showDiagnostics: (list) => {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = list.map((d) => ({
        from: Math.min(d.from, length),
        to: Math.min(d.to, length),
        severity: d.severity,
        message: d.message,
        source: 'sam deploy',
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    destroy: () => view.destroy(),
  };
}
