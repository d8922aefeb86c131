import type { CodeScan } from '../code/scan';
import type { JavaScopes } from '../java-client/scopes';
import type { JavaNames } from '../java-client/values';

/** The state of one JVM client parse, shared by the OkHttp, Reactor Netty and JDK readers. */
export interface JvmScan {
  scan: CodeScan;
  names: JavaNames;
  scopes: JavaScopes;
  /** The file uses Reactor Netty (so `HttpClient.create(…)` is Reactor's, not another's). */
  reactor: boolean;
  /** The scope a call at `offset` belongs to: its variable, bean method, or what uses it. */
  scopeOf(offset: number, what: string): string;
}
