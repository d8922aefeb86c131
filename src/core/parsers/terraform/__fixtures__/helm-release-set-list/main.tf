resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"

  set = [
    { name = "controller.config.keep-alive", value = "90" },
    {
      name  = "controller.config.upstream-keepalive-timeout"
      value = var.upstream
    },
    { name = "controller.replicaCount", value = "2" }
  ]
}

variable "upstream" {
  default = "40"
}
