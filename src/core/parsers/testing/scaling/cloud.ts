import { numbered, oneFile, repeated, type ScalingFamily } from './family';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

/** Scaling families of the cloud load balancer formats (CloudFormation, AWS CDK) and JVM pools. */
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
  {
    name: 'aws-cdk: many load balancers and setAttribute calls',
    parser: 'aws-cdk',
    make: (n) =>
      oneFile(
        'stack.ts',
        `import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nconst IDLE = 60;\n${numbered(
          n,
          "const lb% = new elbv2.ApplicationLoadBalancer(this, 'Lb%', { vpc, idleTimeout: Duration.seconds(IDLE) });\nlb%.setAttribute('client_keep_alive.seconds', '3600');\n",
        )}`,
      ),
  },
  {
    name: 'aws-cdk: one attribute list that grows',
    parser: 'aws-cdk',
    make: (n) =>
      oneFile(
        'l1.ts',
        repeated(
          n,
          "{ key: 'idle_timeout.timeout_seconds', value: '60' },\n",
          "import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\nnew elbv2.CfnLoadBalancer(this, 'L1', { loadBalancerAttributes: [\n",
          ']});\n',
        ),
      ),
  },
  {
    name: 'jvm-pool: many OkHttp pools and Reactor providers',
    parser: 'jvm-pool',
    make: (n) =>
      oneFile(
        'Clients.java',
        `import okhttp3.ConnectionPool;\nimport reactor.netty.resources.ConnectionProvider;\nclass C {\n${numbered(
          n,
          '  OkHttpClient c% = new OkHttpClient.Builder().connectionPool(new ConnectionPool(5, 30, TimeUnit.SECONDS)).build();\n  ConnectionProvider p% = ConnectionProvider.builder("p%").maxIdleTime(Duration.ofSeconds(20)).build();\n',
        )}}\n`,
      ),
  },
  {
    name: 'jvm-pool: a long JVM options line',
    parser: 'jvm-pool',
    make: (n) =>
      oneFile(
        'Dockerfile',
        `FROM eclipse-temurin:21\nENV JAVA_TOOL_OPTIONS="${'-Dx.y=1 '.repeat(n)}-Djdk.httpclient.keepalive.timeout=30"\n`,
      ),
  },
];
