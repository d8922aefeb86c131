resource "helm_release" "ingress_nginx" {
  name  = "ingress-nginx"
  chart = "ingress-nginx"

  values = [
    yamlencode({
      controller = {
        config = {
          "keep-alive"                 = "120"
          "upstream-keepalive-timeout" = 25
          "proxy-read-timeout"         = "3600"
        }
        service = {
          annotations = {
            "service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout" = "10"
          }
        }
      }
    }),
    jsonencode({ controller = { replicaCount = 2 } })
  ]
}
