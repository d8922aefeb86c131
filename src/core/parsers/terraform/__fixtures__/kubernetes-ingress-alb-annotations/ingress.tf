locals {
  alb_idle_seconds = 240
}

resource "kubernetes_ingress_v1" "portal" {
  metadata {
    name      = "portal"
    namespace = "web"
    annotations = merge(
      {
        "alb.ingress.kubernetes.io/scheme"                   = "internet-facing"
        "alb.ingress.kubernetes.io/target-type"              = "ip"
        "alb.ingress.kubernetes.io/load-balancer-attributes" = "idle_timeout.timeout_seconds=${local.alb_idle_seconds}"
      },
      var.enable_waf ? { "alb.ingress.kubernetes.io/wafv2-acl-arn" = var.waf_acl_arn } : {}
    )
  }
  spec {
    ingress_class_name = "alb"
    rule {
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = "portal"
              port {
                number = 8080
              }
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_ingress_v1" "docs" {
  metadata {
    name = "docs"
    annotations = {
      "nginx.ingress.kubernetes.io/proxy-read-timeout" = "120"
    }
  }
  spec {
    ingress_class_name = "nginx"
  }
}
