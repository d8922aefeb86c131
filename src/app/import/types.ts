import type { ChainNode, Link } from '../../core/model/chain';
import type { Diagnostic } from '../../core/model/diagnostic';

/** What one pasted or dropped file turned out to be. */
export interface ImportedFile {
  name: string;
  /** Parser id (`nginx`), `chain-file`, or null when no format was recognised. */
  format: string | null;
  /** For people: `nginx`, `Spring Boot`, `chain file`. */
  formatName: string;
  /** Chain nodes in request order (an nginx server and its upstream merged into one). */
  nodes: Omit<ChainNode, 'id'>[];
  /** A chain file's own links between its nodes. */
  links?: Link[];
  diagnostics: Diagnostic[];
  /** Which path through the file was taken, when it offered a choice. */
  note?: string;
  /** Why nothing could be read (unknown format, too large). */
  error?: string;
  /** The file only fed another one (an nginx include): its values arrive through that file. */
  includedBy?: string;
}

export interface ImportPreview {
  files: ImportedFile[];
  /** Nodes an append would add. */
  nodeCount: number;
  errorCount: number;
}
