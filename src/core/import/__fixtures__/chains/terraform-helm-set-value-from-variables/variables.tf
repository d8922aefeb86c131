variable "ingress_chart_version" {
  type    = string
  default = "4.11.3"
}

variable "ingress_keep_alive" {
  description = "Seconds ingress-nginx keeps idle client connections (ConfigMap keep-alive)"
  type        = string
  default     = "75"
}
