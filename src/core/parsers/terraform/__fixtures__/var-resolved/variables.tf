variable "name" {
  type = string
}

variable "alb_idle_timeout" {
  description = "Seconds an idle connection stays open (keep it below the targets' keep-alive)"
  type        = number
  default     = 600
}

variable "client_keep_alive" {
  type    = number
  default = 3600
}
