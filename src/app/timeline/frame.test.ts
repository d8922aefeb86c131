import { describe, expect, it } from 'vitest';
import { fractionAt, frameAt } from './frame';
import { layoutScene } from './layout';
import { buildAlbNodeScenes } from './test-scenes';

const scenes = buildAlbNodeScenes();
const layout = layoutScene(scenes.reset, 760);
const { client, server } = layout.lanes;
const packet = (t: number, id: string) => frameAt(layout, t).packets.find((p) => p.id === id)!;

describe('frames of the reset scene (FIN at 5000 ms, d = 0.5 ms)', () => {
  it('fractionAt is the share of the flight covered, clamped', () => {
    expect(fractionAt(5000, 5000.5, 4999)).toBe(0);
    expect(fractionAt(5000, 5000.5, 5000.125)).toBe(0.25);
    expect(fractionAt(5000, 5000.5, 6000)).toBe(1);
  });

  it('half way through its flight the FIN is half way between the lifelines, at x(t)', () => {
    const fin = packet(5000.25, 'fin');
    expect(fin.state).toBe('flying');
    expect(fin.fraction).toBe(0.5);
    expect(fin.headY).toBe((client.y + server.y) / 2);
    expect(fin.headX).toBeCloseTo(layout.scale.xOf(5000.25), 1);
    // A quarter later, three quarters up.
    expect(packet(5000.375, 'fin').headY).toBe(server.y + (client.y - server.y) * 0.75);
  });

  it('the request is pending until it leaves, then flies the other way', () => {
    expect(packet(5000.2, 'request').state).toBe('pending');
    const req = packet(5000.5, 'request');
    expect(req.state).toBe('flying');
    expect(req.headY).toBe(client.y + (server.y - client.y) * 0.5);
    expect(packet(5000.75, 'request').state).toBe('done');
  });

  it('the RST lands at 5001.25 ms where the error is drawn', () => {
    const rst = packet(5001.25, 'rst');
    const error = layout.events.find((e) => e.id === 'error')!;
    expect(rst.state).toBe('done');
    expect([rst.headX, rst.headY]).toEqual([error.x, error.y]);
    expect(packet(5001, 'rst').fraction).toBe(0.5);
  });

  it('captions follow the events; a step lands exactly on its event', () => {
    expect(frameAt(layout, 0)).toMatchObject({ step: 0, shown: ['last-write'] });
    const crossing = frameAt(layout, 5000.375);
    expect(crossing.current?.id).toBe('crossing');
    expect(crossing.caption).toMatch(/cross on the wire/);
    expect(frameAt(layout, 5000.374).current?.id).toBe('request-leaves');
    const end = frameAt(layout, 5001.25);
    expect(end.current?.id).toBe('error');
    expect(end.step).toBe(scenes.reset.events.length - 1);
    expect(end.caption).toMatch(/502 Bad Gateway/);
  });

  it('the idle timers fill up to the frame time, and stop where they were cut', () => {
    const f = frameAt(layout, 2000);
    expect(f.timerX.server).toBeCloseTo(layout.scale.xOf(2000), 1);
    expect(f.timerX.client).toBeCloseTo(layout.scale.xOf(2000), 1);
    const end = frameAt(layout, 5001.25);
    expect(end.timerX.server).toBeCloseTo(layout.scale.xOf(5000), 1);
    expect(frameAt(layout, 0.25).timerX.client).toBeNull();
  });
});
