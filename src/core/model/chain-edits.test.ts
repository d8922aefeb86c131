import { describe, expect, it } from 'vitest';
import type { Chain, ChainNode } from './chain';
import { ms } from './duration';
import * as e from './chain-edits';

const node = (id: string, tech = 'nginx'): ChainNode => ({ id, tech, settings: {} });
const chainOf = (ids: string[], rtts: number[]): Chain => ({
  nodes: ids.map((id) => node(id)),
  links: rtts.map((r) => ({ rttMs: ms(r) })),
});
const ids = (c: Chain) => c.nodes.map((n) => n.id);
const rtts = (c: Chain) => c.links.map((l) => l.rttMs);

describe('chain edits keep links.length = nodes.length - 1', () => {
  const abc = chainOf(['a', 'b', 'c'], [10, 20]);

  it('inserts at the client end, inside and at the server end', () => {
    expect(rtts(e.insertNode(abc, 0, node('x')))).toEqual([1, 10, 20]);
    const inner = e.insertNode(abc, 1, node('x'));
    expect(ids(inner)).toEqual(['a', 'x', 'b', 'c']);
    expect(rtts(inner)).toEqual([10, 10, 20]);
    expect(rtts(e.insertNode(abc, 3, node('x')))).toEqual([10, 20, 1]);
    expect(e.insertNode({ nodes: [], links: [] }, 5, node('x')).links).toEqual([]);
  });

  it('removes ends and merges the links around an inner node', () => {
    expect(rtts(e.removeNode(abc, 0))).toEqual([20]);
    expect(rtts(e.removeNode(abc, 2))).toEqual([10]);
    const inner = e.removeNode(abc, 1);
    expect(ids(inner)).toEqual(['a', 'c']);
    expect(rtts(inner)).toEqual([30]);
    expect(e.removeNode(abc, 7)).toBe(abc);
    expect(e.removeNode(chainOf(['a'], []), 0)).toEqual({ nodes: [], links: [] });
  });

  it('moves nodes, clamping the target, links staying in place', () => {
    const moved = e.moveNode(abc, 0, 2);
    expect(ids(moved)).toEqual(['b', 'c', 'a']);
    expect(rtts(moved)).toEqual([10, 20]);
    expect(ids(e.moveNode(abc, 2, -4))).toEqual(['c', 'a', 'b']);
    expect(e.moveNode(abc, 1, 1)).toBe(abc);
  });
});

describe('node edits', () => {
  const c = chainOf(['a', 'b'], [1]);

  it('picks unused ids', () => {
    expect(e.pickNodeId(c, 'nginx')).toBe('nginx');
    const two = { ...c, nodes: [...c.nodes, node('nginx'), node('nginx-2')] };
    expect(e.pickNodeId(two, 'nginx')).toBe('nginx-3');
  });

  it('sets a value as an edit and clears it again', () => {
    const set = e.setNodeSetting(c, 1, 'keepalive_timeout', 65000);
    expect(set.nodes[1]?.settings['keepalive_timeout']).toEqual({
      value: 65000,
      origin: { kind: 'edit' },
    });
    expect(c.nodes[1]?.settings).toEqual({});
    expect(e.clearNodeSetting(set, 1, 'keepalive_timeout').nodes[1]?.settings).toEqual({});
  });

  it('locks and unlocks, dropping an empty list', () => {
    const locked = e.toggleSettingLock(c, 0, 'k');
    expect(locked.nodes[0]?.locked).toEqual(['k']);
    expect(e.toggleSettingLock(locked, 0, 'k').nodes[0]).toEqual(node('a'));
  });

  it('changing the technology drops settings, version and locks', () => {
    let x = e.setNodeSetting(c, 0, 'keepalive_timeout', 1);
    x = e.setNodeVersion(x, 0, '1.20.2');
    x = e.toggleSettingLock(x, 0, 'keepalive_timeout');
    expect(e.setNodeTech(x, 0, 'aws-alb').nodes[0]).toEqual({
      id: 'a',
      tech: 'aws-alb',
      settings: {},
    });
    expect(e.setNodeTech(x, 0, 'nginx')).toEqual(x);
  });

  it('trims labels and sets link RTT', () => {
    expect(e.setNodeLabel(c, 0, '  edge  ').nodes[0]?.label).toBe('edge');
    expect(e.setNodeLabel(c, 0, '   ').nodes[0]).not.toHaveProperty('label');
    expect(rtts(e.setLinkRtt(c, 0, ms(80)))).toEqual([80]);
    expect(e.setLinkRtt(c, 3, ms(80))).toBe(c);
  });
});

describe('edits of a node with a client part', () => {
  const goApp: Chain = {
    nodes: [
      {
        id: 'api',
        tech: 'go-http-server',
        settings: {},
        client: { tech: 'go-transport', settings: {} },
      },
    ],
    links: [],
  };

  it('set, lock and clear a value of the client part without touching the node own settings', () => {
    let c = e.setNodeSetting(goApp, 0, 'IdleConnTimeout', 55_000, 'client');
    expect(c.nodes[0]?.client?.settings['IdleConnTimeout']?.value).toBe(55_000);
    expect(c.nodes[0]?.settings).toEqual({});
    c = e.toggleSettingLock(c, 0, 'IdleConnTimeout', 'client');
    expect(c.nodes[0]?.client?.locked).toEqual(['IdleConnTimeout']);
    expect(c.nodes[0]?.locked).toBeUndefined();
    c = e.clearNodeSetting(c, 0, 'IdleConnTimeout', 'client');
    expect(c.nodes[0]?.client?.settings).toEqual({});
    c = e.toggleSettingLock(c, 0, 'IdleConnTimeout', 'client');
    expect(c.nodes[0]?.client).toEqual({ tech: 'go-transport', settings: {} });
  });

  it('changing the technology drops the client part with the old settings', () => {
    expect(e.setNodeTech(goApp, 0, 'nginx').nodes[0]?.client).toBeUndefined();
  });
});
