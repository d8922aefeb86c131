locals {
  name = "${var.namespace}-${var.stage}-api"

  # SSE streams send a heartbeat every 90 s; keep the ALB open a bit longer
  idle_minutes     = 2
  alb_idle_seconds = local.idle_minutes * 60
}

module "alb" {
  source  = "cloudposse/alb/aws"
  version = "2.1.0"

  namespace          = var.namespace
  stage              = var.stage
  name               = "api"
  vpc_id             = module.vpc.vpc_id
  security_group_ids = [module.vpc.vpc_default_security_group_id]
  subnet_ids         = module.subnets.public_subnet_ids

  internal                          = false
  http_enabled                      = false
  https_enabled                     = true
  certificate_arn                   = var.certificate_arn
  http2_enabled                     = true
  idle_timeout                      = local.alb_idle_seconds
  deregistration_delay              = 15
  health_check_path                 = "/health"
  health_check_timeout              = 10
  health_check_interval             = 15
  target_group_port                 = 8000
  target_group_target_type          = "ip"
  cross_zone_load_balancing_enabled = true

  context = module.this.context
}
