const cdk = require('aws-cdk-lib');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
for (const env of ['staging', 'production']) {
  const stack = new cdk.Stack(app, `Api-${env}`);
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
  new elbv2.ApplicationLoadBalancer(stack, 'ApiAlb', {
    vpc,
    idleTimeout: cdk.Duration.seconds(env === 'production' ? 300 : 60),
  });
}
