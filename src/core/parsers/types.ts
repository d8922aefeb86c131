import type { SettingInput } from '../model/chain';
import type { Diagnostic } from '../source/diagnostic';

/** A file the user pasted, dropped or named on the command line. */
export interface SourceFile {
  /** As the user knows it (`nginx.conf`, `-` for stdin, `pasted-1`). */
  name: string;
  text: string;
}

/** One node found in a file: one technology in one scope. */
export interface ExtractedNode {
  /** Catalog id (`nginx`, `go-http-server`). */
  tech: string;
  version?: string;
  /**
   * Which block the values belong to: `server :8080`, `upstream backend`, `aws_lb.main`,
   * `profile prod`, `var srv` — one file can yield several nodes.
   */
  scope: string;
  /** Values written in the file, keyed by catalog setting key, each with `explicit` origin (file:line). */
  settings: Record<string, SettingInput>;
  /** Scopes of this file this node forwards requests to (nginx server → `upstream backend`). */
  upstreams?: string[];
  /** A short human label (`nginx server :8080`). */
  label?: string;
  /**
   * Nodes of one file with the same `process` are components of one process (a Go main.go's
   * http.Server and the http.Transport it uses; a Spring gateway's Netty server and its
   * HttpClient pool): the import makes them one chain node.
   */
  process?: string;
}

export interface ParseResult {
  /** Parser id that produced it. */
  format: string;
  nodes: ExtractedNode[];
  diagnostics: Diagnostic[];
  /** Files of the context this file pulled in (nginx `include`): they add no nodes of their own. */
  included?: string[];
}

export interface ParseContext {
  /** All files given together (nginx `include` is resolved among them). */
  files: readonly SourceFile[];
}

export interface ParserDef {
  /** Format id (`nginx`, `spring-yaml`, `go`). */
  id: string;
  name: string;
  /**
   * Confidence 0..1 that `text` is this format; the file name is a hint only.
   * Must be cheap and never throw.
   */
  detect(text: string, fileName?: string): number;
  /** Never throws on user input: problems are diagnostics with line and column. */
  parse(file: SourceFile, context: ParseContext): ParseResult;
}
