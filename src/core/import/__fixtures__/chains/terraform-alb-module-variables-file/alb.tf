module "alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"

  name               = "${local.name}-alb"
  load_balancer_type = "application"
  vpc_id             = module.vpc.vpc_id
  subnets            = module.vpc.public_subnets

  idle_timeout               = var.alb_idle_timeout
  enable_deletion_protection = var.environment == "prod"

  security_group_ingress_rules = {
    all_https = {
      from_port   = 443
      to_port     = 443
      ip_protocol = "tcp"
      cidr_ipv4   = "0.0.0.0/0"
    }
  }

  listeners = {
    https = {
      port            = 443
      protocol        = "HTTPS"
      certificate_arn = module.acm.acm_certificate_arn
      forward = {
        target_group_key = "orders"
      }
    }
  }

  target_groups = {
    orders = {
      protocol    = "HTTP"
      port        = 8080
      target_type = "ip"
      health_check = {
        path = "/actuator/health"
      }
    }
  }
}
