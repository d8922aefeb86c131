resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
  namespace  = "ingress-nginx"

  values = [
    templatefile("${path.module}/templates/ingress-nginx.yaml.tftpl", {
      keep_alive       = var.keep_alive
      upstream_timeout = 30
    })
  ]
}
