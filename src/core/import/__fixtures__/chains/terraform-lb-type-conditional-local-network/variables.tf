variable "tls_passthrough" {
  description = "Terminate TLS on nginx (network LB) instead of on the load balancer"
  type        = bool
  default     = false
}

variable "public_subnet_ids" {
  type = list(string)
}

variable "certificate_arn" {
  type    = string
  default = null
}
