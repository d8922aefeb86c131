import type { SettingScalar } from '../../model/chain';
import type { CodeScan } from '../code/scan';
import type { PySetting } from './options';

/** A value found for gunicorn or uvicorn, before precedence is applied. */
export interface PyWrite {
  setting: PySetting;
  scope: string;
  value: SettingScalar;
  offset: number;
  /** The option or name as written (`--keep-alive`, `keepalive`). */
  written: string;
  /** From `GUNICORN_CMD_ARGS`: gunicorn lets the command line override it. */
  fromEnv: boolean;
}

const key = (w: PyWrite) => `${w.setting.tech}\u0000${w.scope}\u0000${w.setting.key}`;

/**
 * Collects Python-side values and applies gunicorn's precedence (docs: "Configuration Overview":
 * config file < GUNICORN_CMD_ARGS < command line) before recording them in the scan.
 */
export class PyWrites {
  private readonly writes: PyWrite[] = [];

  constructor(private readonly scan: CodeScan) {}

  add(write: PyWrite): void {
    this.writes.push(write);
  }

  /** A node at its defaults (nothing written, or nothing readable). */
  node(tech: string, scope: string, offset: number): void {
    this.scan.node(tech, scope, offset);
  }

  flush(): void {
    const onCommandLine = new Set(this.writes.filter((w) => !w.fromEnv).map(key));
    for (const w of this.writes) {
      if (w.fromEnv && onCommandLine.has(key(w))) continue;
      this.scan.set(w.setting.tech, w.scope, w.setting.key, w.value, w.offset, w.written);
    }
  }
}
