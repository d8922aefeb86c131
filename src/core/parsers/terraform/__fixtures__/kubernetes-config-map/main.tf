resource "kubernetes_config_map" "ingress" {
  metadata {
    name      = "nginx-configuration"
    namespace = "ingress-nginx"
  }
  data = {
    "keep-alive"   = "90"
    proxy-body-size = "8m"
  }
}

resource "kubernetes_config_map_v1" "app" {
  metadata {
    name = "app-settings"
  }
  data = {
    LOG_LEVEL = "info"
  }
}

resource "kubernetes_config_map_v1" "tuning" {
  metadata {
    name = local.cm_name
  }
  data = {
    upstream-keepalive-timeout = 25
  }
}
