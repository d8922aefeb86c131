import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../core/parsers/types';
import { createWorkerParser, ParseSupersededError, ParseTimeoutError } from './parse-client';
import type { ImportPreview } from './types';

const PREVIEW = { files: [], nodes: [], links: [] } as unknown as ImportPreview;

/** A Worker that answers every message unless its text says `hang`. */
class FakeWorker {
  static started: FakeWorker[] = [];
  terminated = false;
  private listeners = new Map<string, ((e: unknown) => void)[]>();
  constructor() {
    FakeWorker.started.push(this);
  }
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  postMessage(message: { id: number; files: SourceFile[] }) {
    if (message.files.some((f) => f.text === 'hang')) return;
    setTimeout(() => {
      if (this.terminated) return;
      for (const fn of this.listeners.get('message') ?? [])
        fn({ data: { id: message.id, preview: PREVIEW } });
    }, 10);
  }
  terminate() {
    this.terminated = true;
  }
}

const file = (text: string): SourceFile[] => [{ name: 'pasted', text }];
const parser = () =>
  createWorkerParser({
    timeoutMs: 5000,
    createWorker: () => new FakeWorker() as unknown as Worker,
  });

describe('createWorkerParser', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.started = [];
  });
  afterEach(() => vi.useRealTimers());

  it('answers from one worker, started on first use', async () => {
    const parse = parser();
    const a = parse(file('a'));
    await vi.advanceTimersByTimeAsync(10);
    await expect(a).resolves.toBe(PREVIEW);
    const b = parse(file('b'));
    await vi.advanceTimersByTimeAsync(10);
    await expect(b).resolves.toBe(PREVIEW);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('stops a parse that runs past the timeout, and the next parse works in a new worker', async () => {
    const parse = parser();
    const hung = parse(file('hang'));
    const failed = expect(hung).rejects.toBeInstanceOf(ParseTimeoutError);
    await vi.advanceTimersByTimeAsync(4999);
    expect(FakeWorker.started[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await failed;
    await expect(hung).rejects.toThrow(/longer than 5 s/);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    const next = parse(file('ok'));
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toBe(PREVIEW);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('stops a hung parse at once when a newer one is asked for', async () => {
    const parse = parser();
    const hung = parse(file('hang'));
    const superseded = expect(hung).rejects.toBeInstanceOf(ParseSupersededError);
    const next = parse(file('ok'));
    await superseded;
    await vi.advanceTimersByTimeAsync(10);
    await expect(next).resolves.toBe(PREVIEW);
    expect(FakeWorker.started.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('does not time out a parse that answered', async () => {
    const parse = parser();
    const a = parse(file('a'));
    await vi.advanceTimersByTimeAsync(6000);
    await expect(a).resolves.toBe(PREVIEW);
    expect(FakeWorker.started[0]?.terminated).toBe(false);
  });
});

describe('the import dialog state with a parse that hangs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.started = [];
  });
  afterEach(() => vi.useRealTimers());

  it('says the parse was stopped, and the next paste is read', async () => {
    const { createAppStore } = await import('../store/create-store');
    const store = createAppStore({ parseSources: parser(), parseDebounceMs: 0 });
    store.getState().setImportText('hang');
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.getState().importStatus).toEqual({
      status: 'failed',
      message: expect.stringMatching(/could not be read: reading them took longer than 5 s/),
    });
    store.getState().setImportText('ok');
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().importStatus).toEqual({ status: 'ready', preview: PREVIEW });
  });
});
