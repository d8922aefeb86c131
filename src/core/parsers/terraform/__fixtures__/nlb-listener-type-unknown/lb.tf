resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = var.lb_type
}

resource "aws_lb_listener" "edge_tcp" {
  load_balancer_arn        = aws_lb.edge.arn
  port                     = 5432
  protocol                 = "TCP"
  tcp_idle_timeout_seconds = 900
}

resource "aws_lb_listener" "web_tcp" {
  load_balancer_arn        = aws_lb.web.arn
  port                     = 80
  tcp_idle_timeout_seconds = 120
}

resource "aws_lb" "web" {
  name         = "web"
  idle_timeout = 55
}

resource "aws_lb_listener" "db" {
  load_balancer_arn        = aws_lb.db.arn
  protocol                 = "TCP"
  tcp_idle_timeout_seconds = 3600
}

resource "aws_lb" "db" {
  load_balancer_type = "network"
  internal           = true
}
