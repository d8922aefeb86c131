const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Site');
const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
// No idleTimeout: the ALB keeps the AWS default of 60 s
new elbv2.ApplicationLoadBalancer(stack, 'SiteAlb', { vpc, internetFacing: true });
