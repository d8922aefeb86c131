variable "keep_alive" {
  default = 650
}

resource "helm_release" "ingress" {
  name  = "ingress-nginx"
  chart = "ingress-nginx"

  values = [<<-EOT
    controller:
      config:
        keep-alive: "${var.keep_alive}"
        upstream-keepalive-timeout: ${ local.upstream }
        keep-alive-requests: "${var.requests}"
    EOT
  ]
}

locals {
  upstream = 30
}
