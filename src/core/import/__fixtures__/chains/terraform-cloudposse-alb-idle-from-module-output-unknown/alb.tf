module "service_config" {
  source = "../../modules/service-config"
  env    = var.env
}

module "alb" {
  source  = "cloudposse/alb/aws"
  version = "1.12.0"

  namespace  = "acme"
  stage      = var.env
  name       = "payments"
  vpc_id     = var.vpc_id
  subnet_ids = var.public_subnet_ids

  # per-environment values live in the service-config module
  idle_timeout      = module.service_config.alb_idle_timeout
  client_keep_alive = 7200

  target_group_port        = 8443
  target_group_protocol    = "HTTPS"
  target_group_target_type = "ip"
  health_check_path        = "/actuator/health/readiness"
}
