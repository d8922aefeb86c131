resource "helm_release" "ingress_nginx" {
  name             = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  chart            = "ingress-nginx"
  version          = "4.11.3"
  namespace        = "ingress-nginx"
  create_namespace = true

  values = [<<-EOT
    controller:
      config:
        keep-alive: "75"
        use-forwarded-headers: "true"
  EOT
  ]
}

# GKE: the GFE keeps backend connections 600 s; patch the chart's ConfigMap
# without forking the values (applied after the release).
resource "kubernetes_config_map_v1_data" "ingress_nginx_keepalive" {
  metadata {
    name      = "ingress-nginx-controller"
    namespace = "ingress-nginx"
  }

  data = {
    "keep-alive"                 = var.ingress_keep_alive
    "upstream-keepalive-timeout" = "30"
  }

  force      = true
  depends_on = [helm_release.ingress_nginx]
}

variable "ingress_keep_alive" {
  type    = string
  default = "620"
}
