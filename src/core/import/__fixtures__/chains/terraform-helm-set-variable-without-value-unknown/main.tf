resource "helm_release" "ingress_nginx" {
  name             = "ingress-nginx"
  namespace        = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  chart            = "ingress-nginx"
  version          = var.chart_version
  create_namespace = true

  set {
    name  = "controller.config.keep-alive"
    value = "620"
  }

  set {
    name  = "controller.config.upstream-keepalive-timeout"
    value = var.upstream_keepalive_timeout
  }
}
