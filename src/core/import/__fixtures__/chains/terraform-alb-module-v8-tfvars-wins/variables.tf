variable "environment" {
  type = string
}

variable "certificate_arn" {
  type = string
}

variable "idle_timeout" {
  description = "ALB idle timeout in seconds"
  type        = number
  default     = 60
}
