# Public entry point for the reporting service.
module "alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.9"

  name    = "reports-${var.environment}"
  vpc_id  = var.vpc_id
  subnets = var.public_subnets

  # exports can sit idle for minutes while the query runs
  idle_timeout      = var.alb_idle_timeout
  client_keep_alive = var.client_keep_alive

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
      certificate_arn = var.certificate_arn
      forward = {
        target_group_key = "reports"
      }
    }
  }

  target_groups = {
    reports = {
      protocol                          = "HTTP"
      port                              = 3000
      target_type                       = "ip"
      deregistration_delay              = 30
      load_balancing_cross_zone_enabled = true
      health_check = {
        path    = "/healthz"
        timeout = 5
      }
      create_attachment = false
    }
  }
}
