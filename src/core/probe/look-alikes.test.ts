import { describe, expect, it } from 'vitest';
import { findLookAlikes } from './look-alikes';

describe('findLookAlikes: catalog defaults near a measured idle timeout', () => {
  it('60 s: the AWS ALB and Tomcat defaults', () => {
    const techs = findLookAlikes(60_010, 60).map((l) => l.tech);
    expect(techs).toContain('aws-alb');
    expect(techs).toContain('tomcat');
    expect(techs).not.toContain('nginx'); // 75 s
  });

  it('never a default that closes after every response (gunicorn sync: no keep-alive)', () => {
    expect(findLookAlikes(2000, 60).map((l) => l.tech)).not.toContain('gunicorn');
  });
});
