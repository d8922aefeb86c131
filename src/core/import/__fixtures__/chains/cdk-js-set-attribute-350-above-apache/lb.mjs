import { ApplicationLoadBalancer } from 'aws-cdk-lib/aws-elasticloadbalancingv2';

const IDLE_SECONDS = 350;

export function addLoadBalancer(scope, vpc) {
  const lb = new ApplicationLoadBalancer(scope, 'ApiLb', { vpc, internetFacing: true });
  lb.setAttribute('idle_timeout.timeout_seconds', IDLE_SECONDS.toString());
  return lb;
}
