resource "helm_release" "cert_manager" {
  name             = "cert-manager"
  repository       = "https://charts.jetstack.io"
  chart            = "cert-manager"
  version          = "v1.15.3"
  namespace        = "cert-manager"
  create_namespace = true

  set {
    name  = "crds.enabled"
    value = "true"
  }
}

resource "helm_release" "ingress_nginx" {
  name             = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  chart            = "ingress-nginx"
  version          = "4.11.3"
  namespace        = "ingress-nginx"
  create_namespace = true
  depends_on       = [helm_release.cert_manager]

  values = [
    yamlencode({
      controller = {
        allowSnippetAnnotations = false
        config = {
          # long report downloads
          "proxy-read-timeout"         = "3600"
          "proxy-send-timeout"         = "3600"
          "upstream-keepalive-timeout" = "15"
        }
        ingressClassResource = {
          default = true
        }
      }
    })
  ]
}
