variable "service" {
  type = string
}

variable "lb_type" {
  description = "Load balancer type. Most of our services are gRPC over TCP, so network is the default."
  type        = string
  default     = "network"
}

variable "idle_timeout" {
  description = "Idle timeout (seconds), application load balancers only"
  type        = number
  default     = 60
}

variable "subnet_ids" {
  type = list(string)
}

variable "vpc_id" {
  type = string
}

variable "certificate_arn" {
  type = string
}

variable "log_bucket" {
  type = string
}
