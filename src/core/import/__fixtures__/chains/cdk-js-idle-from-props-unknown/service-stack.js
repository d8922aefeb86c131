const cdk = require('aws-cdk-lib');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');

class ServiceStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    new elbv2.ApplicationLoadBalancer(this, 'ServiceAlb', {
      vpc: props.vpc,
      idleTimeout: cdk.Duration.seconds(props.idleTimeoutSeconds),
    });
  }
}

module.exports = { ServiceStack };
