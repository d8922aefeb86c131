variable "environment" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "public_subnets" {
  type = list(string)
}

variable "certificate_arn" {
  type = string
}

variable "alb_idle_timeout" {
  description = "Seconds a connection may stay idle on the ALB (1-4000)"
  type        = number
  default     = 60

  validation {
    condition     = var.alb_idle_timeout >= 1 && var.alb_idle_timeout <= 4000
    error_message = "ALB idle timeout must be between 1 and 4000 seconds."
  }
}

variable "client_keep_alive" {
  description = "Maximum age of a client connection, in seconds"
  type        = number
  default     = 3600
}
