resource "aws_lb" "ingress" {
  name               = "eks-ingress"
  load_balancer_type = "application"
  internal           = false
  subnets            = module.vpc.public_subnets
  security_groups    = [aws_security_group.ingress_alb.id]
  idle_timeout       = 120
}

resource "helm_release" "nginx_ingress" {
  name       = "nginx-ingress"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
  namespace  = "kube-system"

  values = [<<EOF
controller:
  kind: DaemonSet
  hostNetwork: true
  service:
    type: NodePort
    nodePorts:
      http: 30080
  metrics:
    enabled: true
  resources:
    requests:
      cpu: 100m
      memory: 90Mi
EOF
  ]
}
