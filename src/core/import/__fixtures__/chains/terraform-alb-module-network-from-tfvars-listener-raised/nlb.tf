# Edge load balancer in front of the nginx fleet. The same module serves the
# staging ALB (HTTP listeners) and the production NLB (TLS passthrough to nginx).
module "edge_lb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"

  name               = "edge-${var.environment}"
  load_balancer_type = var.lb_type
  internal           = false
  vpc_id             = var.vpc_id
  subnets            = var.public_subnets

  enable_cross_zone_load_balancing = true

  listeners = {
    tls-passthrough = {
      port                     = 443
      protocol                 = "TCP"
      tcp_idle_timeout_seconds = var.tcp_idle_timeout
      forward = {
        target_group_key = "nginx"
      }
    }
  }

  target_groups = {
    nginx = {
      name_prefix = "ngx-"
      protocol    = "TCP"
      port        = 443
      target_type = "instance"
      health_check = {
        protocol = "TCP"
        interval = 10
      }
    }
  }
}
