resource "helm_release" "ingress" {
  name  = "ingress"
  chart = "${path.module}/charts/ingress-nginx"

  values = [<<EOF
controller:
  config:
    keep-alive: "90"
EOF
  ]
}

resource "helm_release" "redis" {
  name  = "redis"
  chart = "${path.module}/charts/redis"
}
