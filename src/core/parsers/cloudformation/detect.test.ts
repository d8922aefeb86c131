import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { expectFixturesDetectedAs } from '../testing/detected-as';

const RAW = import.meta.glob<string>('./__fixtures__/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('CloudFormation detection', () => {
  it('claims every template fixture over the other formats', () =>
    expectFixturesDetectedAs(RAW, 'cloudformation'));

  it('leaves Kubernetes manifests, Spring YAML and other JSON to their parsers', () => {
    const service = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      '  annotations:',
      '    service.beta.kubernetes.io/aws-load-balancer-type: external',
      'spec:',
      '  type: LoadBalancer',
      '',
    ].join('\n');
    expect(detectFormat(service, 'svc.yaml').parser?.id).toBe('alb-ingress');
    const spring = 'server:\n  tomcat:\n    keep-alive-timeout: 20s\nResources: none\n';
    expect(detectFormat(spring, 'application.yml').parser?.id).not.toBe('cloudformation');
    const pkg = '{ "name": "x", "dependencies": { "express": "^4" } }\n';
    expect(detectFormat(pkg, 'package.json').parser?.id).not.toBe('cloudformation');
  });

  it('reads a template without the version line by its AWS:: resource types', () => {
    const t = 'Resources:\n  Lb:\n    Type: "AWS::ElasticLoadBalancingV2::LoadBalancer"\n';
    expect(detectFormat(t, 'lb.yaml').parser?.id).toBe('cloudformation');
  });
});
