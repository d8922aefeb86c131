import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
// A dependency of @codemirror/language (always installed with it).
import { tags as t } from '@lezer/highlight';

/**
 * Syntax colours from CSS custom properties (app.css, light and dark), so every token keeps
 * AA contrast in both themes; CodeMirror's default style is tuned for light backgrounds only.
 */
export const EDITOR_HIGHLIGHT = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [t.keyword, t.modifier, t.controlKeyword], color: 'var(--syn-keyword)' },
    { tag: [t.string, t.special(t.string), t.regexp], color: 'var(--syn-string)' },
    { tag: [t.comment, t.meta], color: 'var(--syn-comment)', fontStyle: 'italic' },
    { tag: [t.number, t.bool, t.atom, t.unit], color: 'var(--syn-number)' },
    {
      tag: [t.propertyName, t.attributeName, t.definition(t.variableName)],
      color: 'var(--syn-property)',
    },
    { tag: [t.typeName, t.className, t.tagName], color: 'var(--syn-type)' },
    { tag: [t.variableName, t.operator, t.punctuation], color: 'var(--text)' },
  ]),
);
