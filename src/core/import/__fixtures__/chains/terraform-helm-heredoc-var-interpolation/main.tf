variable "keep_alive_seconds" {
  description = "ingress-nginx keep-alive toward the ALB"
  type        = number
  default     = 75
}

variable "upstream_keepalive_seconds" {
  type    = number
  default = 60
}

resource "helm_release" "ingress_nginx" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
  namespace  = "ingress-nginx"

  values = [<<-EOT
    controller:
      replicaCount: 2
      nodeSelector:
        kubernetes.io/os: linux
      config:
        keep-alive: "${var.keep_alive_seconds}"
        upstream-keepalive-timeout: "${var.upstream_keepalive_seconds}"
        use-forwarded-headers: "true"
      service:
        type: NodePort
    EOT
  ]
}
