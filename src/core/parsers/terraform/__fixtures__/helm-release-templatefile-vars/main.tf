resource "helm_release" "ingress" {
  name  = "ingress-nginx"
  chart = "ingress-nginx"
  values = [templatefile("${path.module}/ingress.yaml.tftpl", {
    keep_alive = local.keep_alive
    requests   = var.not_given
  })]
}

locals {
  keep_alive = 300
}
