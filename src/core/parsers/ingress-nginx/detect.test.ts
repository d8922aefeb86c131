import { describe, expect, it } from 'vitest';
import { detectAlbIngress } from '../alb-ingress';
import { detectIngressNginx } from './detect';

describe('detectIngressNginx', () => {
  it('is confident on a controller ConfigMap and on Helm values', () => {
    const cm =
      'kind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  keep-alive: "75"\n';
    expect(detectIngressNginx(cm)).toBeGreaterThan(0.85);
    expect(
      detectIngressNginx('controller:\n  config:\n    upstream-keepalive-timeout: 60\n'),
    ).toBeGreaterThan(0.7);
  });

  it('is moderately confident on bare keys', () => {
    const score = detectIngressNginx('keep-alive: "45"\n');
    expect(score).toBeGreaterThan(0.4);
    expect(score).toBeLessThan(0.7);
  });

  it('ignores other YAML and other formats', () => {
    expect(detectIngressNginx('server:\n  tomcat:\n    keep-alive-timeout: 20s\n')).toBe(0);
    expect(detectIngressNginx('kind: ConfigMap\ndata:\n  timeout: "30"\n')).toBe(0);
    expect(detectIngressNginx('http {\n keepalive_timeout 65;\n}\n')).toBe(0);
    expect(detectIngressNginx('')).toBe(0);
  });

  it('claims the chart values and the controller Service over the ALB parser', () => {
    const values =
      'controller:\n  replicaCount: 2\n  ingressClassResource:\n    name: nginx\n  service:\n    annotations:\n      service.beta.kubernetes.io/aws-load-balancer-type: nlb\n';
    expect(detectIngressNginx(values)).toBeGreaterThan(detectAlbIngress(values));
    const service =
      'kind: Service\nmetadata:\n  name: ingress-nginx-controller\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout: "60"\n';
    expect(detectIngressNginx(service)).toBeGreaterThan(detectAlbIngress(service));
  });

  it('leaves Terraform with chart values in a helm_release heredoc to Terraform', () => {
    const tf = [
      'resource "helm_release" "ingress_nginx" {',
      '  chart = "ingress-nginx"',
      '  values = [<<-EOF',
      '    controller:',
      '      config:',
      '        keep-alive: "30"',
      '  EOF',
      '  ]',
      '}',
    ].join('\n');
    expect(detectIngressNginx(tf, 'ingress.tf')).toBe(0);
  });

  it('leaves other charts with a controller: alone', () => {
    const jenkins = 'controller:\n  image:\n    repository: jenkins/jenkins\n  jenkinsUrl: ci\n';
    expect(detectIngressNginx(jenkins)).toBe(0);
  });

  it('claims starter values whose controller: has no chart-only key but a cloud LB Service', () => {
    for (const values of [
      'controller:\n  replicaCount: 3\n  service:\n    annotations:\n      service.beta.kubernetes.io/aws-load-balancer-type: nlb\n  metrics:\n    enabled: true\n',
      'controller:\n  service:\n    annotations:\n      service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout: "15"\n',
      'controller:\n  kind: DaemonSet\n  hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet\n',
    ]) {
      expect(detectIngressNginx(values)).toBeGreaterThan(0.8);
      expect(detectIngressNginx(values)).toBeGreaterThan(detectAlbIngress(values));
    }
    // Another chart's controller with a Service manifest is not ours.
    expect(detectIngressNginx('kind: Service\ncontroller:\n  replicas: 1\n')).toBe(0);
  });

  it('claims umbrella values, Argo CD Applications and kustomize helmCharts of the chart', () => {
    const umbrella =
      'global:\n  x: 1\ningress-nginx:\n  controller:\n    service:\n      type: ClusterIP\n';
    const argo =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  source:\n    chart: ingress-nginx\n    helm:\n      valuesObject:\n        controller:\n          replicaCount: 2\n';
    const kustomize =
      'kind: Kustomization\nhelmCharts:\n  - name: ingress-nginx\n    valuesInline:\n      controller:\n        kind: DaemonSet\n';
    for (const text of [umbrella, argo, kustomize])
      expect(detectIngressNginx(text)).toBeGreaterThan(0.8);
    expect(detectIngressNginx(argo.replace('ingress-nginx', 'grafana'))).toBe(0);
  });

  it('reads an app chart values file with keep-alive look-alike Ingress annotations', () => {
    const values =
      'ingress:\n  enabled: true\n  annotations:\n    nginx.ingress.kubernetes.io/keepalive-timeout: "300"\n';
    expect(detectIngressNginx(values)).toBeGreaterThan(0.5);
  });

  it('claims a helmfile release of the chart with inline values', () => {
    const helmfile =
      'releases:\n  - name: ingress-nginx\n    chart: ingress-nginx/ingress-nginx\n    values:\n      - controller:\n          kind: DaemonSet\n';
    expect(detectIngressNginx(helmfile)).toBeGreaterThan(0.8);
  });
});
