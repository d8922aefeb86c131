locals {
  # pods keep idle connections 60 s (gunicorn keepalive); stay below that
  upstream_idle_seconds = 50
}

resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
  version    = var.ingress_chart_version
  namespace  = "ingress"

  set {
    name  = "controller.config.keep-alive"
    value = var.ingress_keep_alive
  }

  set {
    name  = "controller.config.upstream-keepalive-timeout"
    value = local.upstream_idle_seconds
  }

  set {
    name  = "controller.service.annotations.cloud\\.google\\.com/neg"
    value = "\\{\"ingress\":true\\}"
  }
}
