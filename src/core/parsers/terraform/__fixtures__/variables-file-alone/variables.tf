variable "alb_idle_timeout" {
  description = "ALB idle timeout in seconds"
  type        = number
  default     = 120
}

locals {
  common_tags = { team = "payments" }
}

output "alb_idle_timeout" {
  value = var.alb_idle_timeout
}
