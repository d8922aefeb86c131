locals {
  ingress_chart_repo = var.chart_mirror_url
}

resource "helm_release" "ingress_nginx" {
  name             = "ingress-nginx"
  repository       = local.ingress_chart_repo
  chart            = "ingress-nginx"
  version          = "4.11.3"
  namespace        = "ingress-nginx"
  create_namespace = true

  values = [<<-EOF
    controller:
      replicaCount: 2
      config:
        keep-alive: "30"
        upstream-keepalive-timeout: "50"
        use-forwarded-headers: "true"
      service:
        type: NodePort
      metrics:
        enabled: true
  EOF
  ]

  # the ALB in front idles out at 60s: keep client connections longer than that
  set {
    name  = "controller.config.keep-alive"
    value = "75"
  }

  set {
    name  = "controller.admissionWebhooks.enabled"
    value = "false"
  }
}
