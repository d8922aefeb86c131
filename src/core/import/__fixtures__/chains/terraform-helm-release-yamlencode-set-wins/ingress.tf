resource "helm_release" "ingress_nginx" {
  name             = "ingress-nginx"
  repository       = var.chart_repository
  chart            = "ingress-nginx"
  version          = "4.10.1"
  namespace        = "ingress-nginx"
  create_namespace = true

  values = [
    yamlencode({
      controller = {
        replicaCount = 2
        config = {
          "keep-alive"                 = "120"
          "upstream-keepalive-timeout" = "25"
          "use-forwarded-headers"      = "true"
        }
        service = {
          type = "NodePort"
        }
      }
    })
  ]

  # raised after the "too many TIME_WAIT" incident
  set {
    name  = "controller.config.upstream-keepalive-timeout"
    value = "40"
    type  = "string"
  }
}
