variable "environment" {
  description = "Deployment environment"
  type        = string
  default     = "prod"
}

variable "alb_idle_timeout" {
  description = "Seconds the ALB keeps an idle connection (reports can take a while)"
  type        = number
  default     = 120
}

variable "instance_count" {
  type    = number
  default = 3
}
