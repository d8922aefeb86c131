resource "helm_release" "ingress_nginx" {
  name  = "ingress-nginx"
  chart = "ingress-nginx"

  set {
    name  = "controller.service.annotations.service\\.beta\\.kubernetes\\.io/aws-load-balancer-type"
    value = "external"
  }

  set {
    name  = "controller.service.annotations.service\\.beta\\.kubernetes\\.io/aws-load-balancer-listener-attributes\\.TCP-443"
    value = "tcp.idle_timeout.seconds=900"
  }
}
