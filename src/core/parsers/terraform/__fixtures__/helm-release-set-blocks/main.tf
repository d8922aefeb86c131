variable "upstream_idle_seconds" {
  type = number
}

variable "client_idle_seconds" {
  type    = number
  default = 75
}

resource "helm_release" "ingress" {
  name  = "ingress"
  chart = "oci://ghcr.io/nginxinc/charts/ingress-nginx"

  set {
    name  = "controller.config.upstream-keepalive-timeout"
    value = var.upstream_idle_seconds
  }
  set {
    name  = "controller.config.keep-alive"
    value = var.client_idle_seconds
  }
  set {
    name  = "controller.config.upstream-keepalive-requests"
    value = "10000"
  }
  set {
    name  = "controller.config.keepalive" # not a key: ignored
    value = "5"
  }
}

resource "helm_release" "cert_manager" {
  name       = "cert-manager"
  repository = "https://charts.jetstack.io"
  chart      = "cert-manager"
}
