import { describe, expect, it } from 'vitest';
import { ARTICLE_PRESET } from '../presets';
import { createAppStore } from './create-store';
import { selectIsPreview, selectShownReport } from './selectors';

const verdicts = (s: ReturnType<typeof createAppStore>) =>
  s.getState().report?.hops.map((h) => h.verdict);

describe('the app store', () => {
  it('opens on the article chain with both hops safe', () => {
    const store = createAppStore();
    expect(store.getState().chain).toBe(ARTICLE_PRESET.chain);
    expect(verdicts(store)).toEqual(['ok', 'ok']);
    expect(store.getState().report?.hops[0]?.marginMs).toBe(10_000);
  });

  it('re-analyses on an edit and undoes it', () => {
    const store = createAppStore();
    // nginx closes client connections after 50 s: the Go client (55 s) now races.
    expect(store.getState().setSettingText(1, 'keepalive_timeout', '50s')).toEqual({
      ok: true,
      value: undefined,
    });
    expect(verdicts(store)).toEqual(['risk', 'ok']);
    store.getState().undo();
    expect(verdicts(store)).toEqual(['ok', 'ok']);
    store.getState().redo();
    expect(verdicts(store)).toEqual(['risk', 'ok']);
  });

  it('rejects nonsense without changing the chain or the history', () => {
    const store = createAppStore();
    const before = store.getState().chain;
    const r = store.getState().setSettingText(1, 'keepalive_timeout', '5 parsecs');
    expect(r.ok).toBe(false);
    expect(store.getState().chain).toBe(before);
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().setLinkRttText(0, 'soon').ok).toBe(false);
  });

  it('previews and applies the fix plan of a risky preset', () => {
    const store = createAppStore();
    store.getState().loadPreset('alb-node');
    expect(verdicts(store)).toEqual(['risk']);
    store.getState().setPreviewFix(true);
    expect(selectShownReport(store.getState())?.hops.map((h) => h.verdict)).toEqual(['ok']);
    expect(verdicts(store)).toEqual(['risk']);
    store.getState().applyFixPlan();
    expect(verdicts(store)).toEqual(['ok']);
    // Applying ends the preview: the chain is editable again.
    expect(selectIsPreview(store.getState())).toBe(false);
    const app = store.getState().chain.nodes[1];
    expect(app?.settings['server.keepAliveTimeout']?.origin.kind).toBe('fix');
  });

  it('adds, moves and removes nodes as undoable steps', () => {
    const store = createAppStore();
    store.getState().addNode('aws-alb', 0);
    expect(store.getState().chain.nodes.map((n) => n.tech)).toEqual([
      'aws-alb',
      'go-transport',
      'nginx',
      'go-http-server',
    ]);
    store.getState().moveNode(0, 3);
    expect(store.getState().chain.nodes.at(-1)?.tech).toBe('aws-alb');
    store.getState().removeNode(3);
    expect(store.getState().chain.nodes).toHaveLength(3);
    expect(store.getState().history.past).toHaveLength(3);
  });
});

describe('notices', () => {
  it('a new notice replaces the last instead of stacking under it', () => {
    const store = createAppStore({ parseDebounceMs: 0 });
    store.getState().notify('info', 'first');
    store.getState().notify('success', 'second');
    expect(store.getState().notices.map((n) => n.text)).toEqual(['second']);
  });
});
