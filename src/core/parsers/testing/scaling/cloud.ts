import { numbered, oneFile, repeated, type ScalingFamily } from './family';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

/** Scaling families of the cloud load balancer formats (CloudFormation, AWS CDK). */
export const families: ScalingFamily[] = [
  {
    name: 'cloudformation: many load balancers reading parameters',
    parser: 'cloudformation',
    make: (n) =>
      oneFile(
        'template.yaml',
        `Parameters:\n${numbered(n, '  P%:\n    Type: Number\n    Default: 60\n')}Resources:\n${numbered(
          n,
          `  Lb%:\n    Type: ${LB}\n    Properties:\n      LoadBalancerAttributes:\n        - Key: idle_timeout.timeout_seconds\n          Value: !Ref P%\n`,
        )}`,
      ),
  },
  {
    name: 'cloudformation: many listeners of one NLB',
    parser: 'cloudformation',
    make: (n) =>
      oneFile(
        'nlb.yaml',
        `Resources:\n  Nlb:\n    Type: ${LB}\n    Properties:\n      Type: network\n${numbered(
          n,
          '  L%:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Nlb\n      Protocol: TCP\n      ListenerAttributes:\n        - Key: tcp.idle_timeout.seconds\n          Value: "600"\n',
        )}`,
      ),
  },
  {
    name: 'cloudformation: one attribute list that grows (JSON)',
    parser: 'cloudformation',
    make: (n) =>
      oneFile(
        'template.json',
        repeated(
          n,
          '{"Key": "idle_timeout.timeout_seconds", "Value": "60"},\n',
          `{"Resources": {"Lb": {"Type": "${LB}", "Properties": {"LoadBalancerAttributes": [\n`,
          '{"Key": "client_keep_alive.seconds", "Value": "3600"}]}}}}\n',
        ),
      ),
  },
  {
    name: 'cloudformation: many !Sub and !FindInMap values',
    parser: 'cloudformation',
    make: (n) =>
      oneFile(
        't.yaml',
        `Parameters:\n  A:\n    Default: "6"\nMappings:\n  M:\n${numbered(n, '    k%:\n      v: 60\n')}Resources:\n${numbered(
          n,
          `  Lb%:\n    Type: ${LB}\n    Properties:\n      LoadBalancerAttributes:\n        - Key: idle_timeout.timeout_seconds\n          Value: !Sub "\${A}0"\n        - Key: client_keep_alive.seconds\n          Value: !FindInMap [M, k%, v]\n`,
        )}`,
      ),
  },
];
