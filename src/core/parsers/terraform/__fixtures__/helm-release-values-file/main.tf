resource "helm_release" "ingress" {
  name  = "ingress-nginx"
  chart = "ingress-nginx"

  values = [
    file("${path.module}/values/ingress.yaml"),
    file("${path.module}/values/not-given.yaml"),
  ]

  set {
    name  = "controller.config.keep-alive"
    value = "100"
  }
}
