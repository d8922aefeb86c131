locals {
  keepalive_seconds = 1800
}

resource "aws_lb" "web" {
  load_balancer_type = "application"
  idle_timeout       = var.idle_timeout
  client_keep_alive  = local.keepalive_seconds
}

resource "aws_lb" "admin" {
  idle_timeout = local.admin_idle
}
