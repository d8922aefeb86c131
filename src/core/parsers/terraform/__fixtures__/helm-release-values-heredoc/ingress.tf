resource "helm_release" "ingress_nginx" {
  name             = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  chart            = "ingress-nginx"
  version          = "4.12.1"
  namespace        = "ingress-nginx"
  create_namespace = true

  values = [<<-EOT
    controller:
      config:
        keep-alive: "620"
        upstream-keepalive-timeout: "55"
        # proxy-read-timeout: "3600"
      service:
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-type: nlb
  EOT
  ]

  set {
    name  = "controller.config.keep-alive"
    value = "650"
  }

  set {
    name  = "controller.replicaCount"
    value = "3"
  }
}
