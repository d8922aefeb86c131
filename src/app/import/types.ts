import type { ChainNode, Link } from '../../core/model/chain';
import type { Diagnostic } from '../../core/source/diagnostic';

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
  /** The nodes an append adds, in the order they join the chain (by role for config files). */
  nodes: Omit<ChainNode, 'id'>[];
  /** Between consecutive `nodes`: a chain file's own link, or undefined for the default RTT. */
  links: (Link | undefined)[];
  /** Says the order chosen when it is not the order of the files. */
  orderNote?: string;
  /** Nodes an append would add. */
  nodeCount: number;
  errorCount: number;
}
