resource "aws_lb" "ledger" {
  name               = "ledger-internal"
  internal           = true
  load_balancer_type = "network"
  subnets            = module.vpc.private_subnets

  enable_cross_zone_load_balancing = true
}

resource "aws_lb_target_group" "ledger" {
  name        = "ledger-api"
  port        = 8443
  protocol    = "TCP"
  target_type = "ip"
  vpc_id      = module.vpc.vpc_id

  health_check {
    protocol = "TCP"
  }
}

resource "aws_lb_listener" "ledger" {
  load_balancer_arn = aws_lb.ledger.arn
  port              = 8443
  protocol          = "TCP"

  # billing workers keep pooled connections up to 10 minutes
  tcp_idle_timeout_seconds = 900

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.ledger.arn
  }
}
