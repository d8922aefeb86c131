locals {
  # TLS terminates on nginx when passthrough is on, so the LB only forwards TCP
  lb_type = var.tls_passthrough ? "network" : "application"
}

resource "aws_lb" "origin" {
  name               = "origin-${terraform.workspace}"
  load_balancer_type = local.lb_type
  subnets            = var.public_subnet_ids
  idle_timeout       = 120

  enable_cross_zone_load_balancing = true
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.origin.arn
  port              = 443
  protocol          = var.tls_passthrough ? "TCP" : "HTTPS"
  certificate_arn   = var.tls_passthrough ? null : var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.nginx.arn
  }
}
