terraform {
  required_providers {
    helm = {
      source  = "hashicorp/helm"
      version = "~> 3.0"
    }
  }
}

provider "helm" {
  kubernetes = {
    config_path = "~/.kube/config"
  }
}

resource "helm_release" "ingress_nginx" {
  name             = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  chart            = "ingress-nginx"
  version          = "4.12.1"
  namespace        = "ingress-nginx"
  create_namespace = true
  atomic           = true
  timeout          = 600

  # helm provider 3.x: set is a list of objects
  set = [
    {
      name  = "controller.replicaCount"
      value = "3"
    },
    {
      name  = "controller.config.keep-alive"
      value = "400"
      type  = "string"
    },
    {
      name  = "controller.config.upstream-keepalive-timeout"
      value = "20"
      type  = "string"
    },
    {
      name  = "controller.service.type"
      value = "NodePort"
    },
  ]
}
