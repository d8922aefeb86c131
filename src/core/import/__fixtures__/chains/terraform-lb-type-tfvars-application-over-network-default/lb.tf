resource "aws_lb" "web" {
  name               = "${var.service}-lb"
  internal           = false
  load_balancer_type = var.lb_type
  security_groups    = var.lb_type == "application" ? [aws_security_group.lb.id] : null
  subnets            = var.subnet_ids
  idle_timeout       = var.idle_timeout

  access_logs {
    bucket  = var.log_bucket
    prefix  = var.service
    enabled = true
  }

  tags = {
    Service = var.service
  }
}

resource "aws_lb_target_group" "web" {
  name        = "${var.service}-tg"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    path                = "/readyz"
    healthy_threshold   = 2
    unhealthy_threshold = 3
    timeout             = 5
    interval            = 15
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
