import { wholeSeconds } from './snippet-format';
import { defineL4 } from './l4';
import { listenerAttributeSnippets } from './snippet-aws';

/** AWS Network Load Balancer, TCP listener idle timeout. */
export const awsNlb = defineL4({
  id: 'aws-nlb',
  name: 'AWS Network Load Balancer',
  doc: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/update-tcp-idle-timeout.html',
  managed: true,
  key: 'tcp.idle_timeout.seconds',
  label: 'TCP idle timeout of a listener (60–6000 s; TLS listeners fixed at 350 s)',
  dialect: 'seconds',
  defaults: [
    { value: 350_000, source: 'doc: NLB "Update the TCP idle timeout"; ListenerAttribute API' },
  ],
  snippet: (v) => `tcp_idle_timeout_seconds = ${wholeSeconds(v)} # resource "aws_lb_listener"`,
  snippetIn: listenerAttributeSnippets('tcp.idle_timeout.seconds'),
  // The RST detail comes from a secondary source (reference §2: partly UNVERIFIED).
  onExpiry: () => 'rst',
});

/** AWS NAT Gateway: fixed 350 s, answers the inside host with RST after expiry. */
export const awsNatGateway = defineL4({
  id: 'aws-nat-gateway',
  name: 'AWS NAT Gateway',
  doc: 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-troubleshooting.html',
  managed: true,
  key: 'idle_timeout',
  label: 'Idle timeout of a NAT flow (fixed)',
  dialect: 'seconds',
  fixed: true,
  defaults: [
    { value: 350_000, source: 'doc: VPC NAT gateway troubleshooting; NAT gateway vs instance' },
  ],
  snippet: () =>
    '# fixed at 350 s: keep idle connections below it or send TCP keepalive probes more often',
  onExpiry: () => 'rst',
});

/** kube-proxy in IPVS mode: the IPVS TCP timeout, 900 s unless set. */
export const kubeProxyIpvs = defineL4({
  id: 'kube-proxy-ipvs',
  name: 'kube-proxy (IPVS mode)',
  doc: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/',
  key: 'ipvs-tcp-timeout',
  label: 'IPVS idle TCP timeout (0 keeps the system value, 900 s)',
  dialect: 'go',
  defaults: [
    {
      value: 900_000,
      source: 'kubernetes#84041, PR #85517; ipvsadm -l --timeout: 900 120 300',
      note: '0 = the system value (900 s)',
    },
  ],
  snippet: (v) =>
    `--ipvs-tcp-timeout=${typeof v === 'number' && v > 0 ? `${Math.round(v / 1000)}s` : '0s'}`,
  resolveIdle(r) {
    const v = r.num('ipvs-tcp-timeout');
    // 0 keeps the kernel's IPVS value; the catalog default already is that value.
    return v.value === 0 ? { ...v, value: 900_000 } : v;
  },
  // kube-router#521: reset or black-holed; reported as connection resets.
  onExpiry: () => 'rst',
});

/** Azure Load Balancer rules (incl. SNAT): 4 min idle, silent drop unless TCP reset is enabled. */
export const azureLb = defineL4({
  id: 'azure-lb',
  name: 'Azure Load Balancer',
  doc: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-tcp-idle-timeout',
  managed: true,
  key: 'idle_timeout_in_minutes',
  label: 'TCP idle timeout of a rule (4–100 min)',
  dialect: 'human',
  defaults: [{ value: 240_000, source: 'doc: learn.microsoft.com load-balancer-tcp-idle-timeout' }],
  snippet: (v) =>
    `idle_timeout_in_minutes = ${typeof v === 'number' ? Math.max(4, Math.ceil(v / 60_000)) : 4}`,
  extra: [
    {
      key: 'enable_tcp_reset',
      label: 'Send a bidirectional RST at the idle timeout instead of dropping silently',
      role: null,
      kind: 'bool',
      defaults: [{ value: false, source: 'doc: learn.microsoft.com load-balancer-tcp-reset' }],
      doc: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-tcp-reset',
      snippet: (v) => `enable_tcp_reset = ${v === true ? 'true' : 'false'}`,
    },
  ],
  onExpiry: (r) => (r.bool('enable_tcp_reset') ? 'rst' : 'drop'),
});
