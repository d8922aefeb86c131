variable "environment" {
  type    = string
  default = "staging"
}

variable "lb_type" {
  description = "application (staging) or network (production)"
  type        = string
  default     = "application"
}

variable "tcp_idle_timeout" {
  description = "NLB TCP listener idle timeout in seconds (60-6000)"
  type        = number
  default     = 350
}

variable "vpc_id" {
  type = string
}

variable "public_subnets" {
  type = list(string)
}
