variable "tenants" {
  description = "One ALB per tenant, with its own idle timeout"
  type = map(object({
    idle_timeout = number
    internal     = bool
  }))
  default = {
    acme   = { idle_timeout = 120, internal = false }
    globex = { idle_timeout = 45, internal = true }
  }
}

resource "aws_lb" "tenant" {
  for_each           = var.tenants
  name               = "alb-${each.key}"
  internal           = each.value.internal
  load_balancer_type = "application"
  idle_timeout       = each.value.idle_timeout
}

resource "aws_lb" "edge" {
  for_each           = { eu = 300, us = 180 }
  name               = "edge-${each.key}"
  load_balancer_type = "application"
  idle_timeout       = each.value
}
