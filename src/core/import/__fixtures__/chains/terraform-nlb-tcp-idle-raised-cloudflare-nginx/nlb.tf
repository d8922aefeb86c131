resource "aws_lb" "ingress" {
  name               = "edge-nlb"
  internal           = false
  load_balancer_type = "network"
  subnets            = module.vpc.public_subnets

  enable_cross_zone_load_balancing = true
}

resource "aws_lb_target_group" "nginx" {
  name        = "edge-nginx"
  port        = 443
  protocol    = "TCP"
  target_type = "ip"
  vpc_id      = module.vpc.vpc_id
}

resource "aws_lb_listener" "tls_passthrough" {
  load_balancer_arn = aws_lb.ingress.arn
  port              = 443
  protocol          = "TCP"

  # Cloudflare keeps origin connections 900 s; the default 350 s flow timeout reset them
  tcp_idle_timeout_seconds = 1200

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.nginx.arn
  }
}
