# NLB in front of the ingress-nginx NodePorts (instance targets)
resource "aws_lb" "ingress" {
  name                             = "k8s-ingress"
  load_balancer_type               = "network"
  internal                         = false
  subnets                          = var.public_subnets
  enable_cross_zone_load_balancing = true

  # keep long-lived Cloudflare connections open
  idle_timeout = 1000
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.ingress.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.ingress_https.arn
  }
}

resource "aws_lb_target_group" "ingress_https" {
  name     = "k8s-ingress-https"
  port     = 30443
  protocol = "TCP"
  vpc_id   = var.vpc_id
}
