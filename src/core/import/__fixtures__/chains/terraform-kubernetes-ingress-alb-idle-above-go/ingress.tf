variable "idle_seconds" {
  type    = number
  default = 180
}

resource "kubernetes_ingress_v1" "api" {
  metadata {
    name      = "api"
    namespace = "prod"
    annotations = {
      "alb.ingress.kubernetes.io/scheme"                   = "internet-facing"
      "alb.ingress.kubernetes.io/load-balancer-attributes" = "idle_timeout.timeout_seconds=${var.idle_seconds}"
    }
  }
  spec {
    ingress_class_name = "alb"
    default_backend {
      service {
        name = "api"
        port {
          number = 8080
        }
      }
    }
  }
}
