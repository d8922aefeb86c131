variable "chart_version" {
  type    = string
  default = "4.11.3"
}

variable "upstream_keepalive_timeout" {
  description = "Seconds the controller keeps idle upstream connections (set per cluster)"
  type        = string
}
