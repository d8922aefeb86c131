locals {
  lb_type = var.passthrough ? "network" : "application"
}

variable "passthrough" {
  type    = bool
  default = false
}

resource "aws_lb" "edge" {
  load_balancer_type = local.lb_type
  idle_timeout       = var.passthrough ? null : 120
}

resource "aws_lb" "admin" {
  load_balancer_type = var.passthrough == true ? "application" : "network"
  idle_timeout       = (var.passthrough ? 30 : 90)
}
