import { StreamLanguage, type StreamParser } from '@codemirror/language';
import { java } from '@codemirror/legacy-modes/mode/clike';
import { go } from '@codemirror/legacy-modes/mode/go';
import { javascript } from '@codemirror/legacy-modes/mode/javascript';
import { nginx } from '@codemirror/legacy-modes/mode/nginx';
import { properties } from '@codemirror/legacy-modes/mode/properties';
import { python } from '@codemirror/legacy-modes/mode/python';
import { xml } from '@codemirror/legacy-modes/mode/xml';
import { yaml } from '@codemirror/legacy-modes/mode/yaml';
import type { Extension } from '@codemirror/state';

/** Highlighting for a detected format (parser id); plain text when none fits. */
export function pickLanguage(format: string | null, text: string): Extension {
  const mode = ((): StreamParser<unknown> | null => {
    switch (format) {
      case 'nginx':
        return nginx;
      case 'ingress-nginx':
      case 'alb-ingress':
      case 'chain-file':
        return yaml;
      case 'spring':
        // application.properties has `key=value` lines; application.yml has `key:` lines.
        return /^\s*[\w.-]+\s*=/m.test(text) ? properties : yaml;
      case 'tomcat-xml':
        return xml;
      case 'go':
        return go;
      case 'node':
        return javascript;
      case 'java-client':
        return java;
      case 'python':
        return python;
      default:
        return null;
    }
  })();
  return mode ? StreamLanguage.define(mode) : [];
}
