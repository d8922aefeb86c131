resource "aws_lb" "public" {
  name               = "public"
  load_balancer_type = "application"
  idle_timeout       = 65
}

resource "aws_lb" "internal" {
  name               = "internal"
  load_balancer_type = "network"
  internal           = true
  idle_timeout       = 120
}

resource "aws_lb_listener" "tcp_5432" {
  load_balancer_arn        = aws_lb.internal.arn
  port                     = 5432
  protocol                 = "TCP"
  tcp_idle_timeout_seconds = 600

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.db.arn
  }
}

resource "aws_lb_listener" "tls_443" {
  load_balancer_arn        = aws_lb.internal.arn
  port                     = 443
  protocol                 = "TLS"
  tcp_idle_timeout_seconds = 900
}

resource "aws_lb" "egress" {
  load_balancer_type = "network"
}
