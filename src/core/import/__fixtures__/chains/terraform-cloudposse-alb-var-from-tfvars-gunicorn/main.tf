module "alb" {
  source  = "cloudposse/alb/aws"
  version = "2.1.0"

  namespace  = "acme"
  stage      = var.stage
  name       = "reports"
  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.subnets.public_subnet_ids

  security_group_ids = [module.vpc.vpc_default_security_group_id]
  https_enabled      = true
  certificate_arn    = var.certificate_arn
  http_redirect      = true

  # report downloads can sit idle while the PDF renders
  idle_timeout = var.alb_idle_timeout

  target_group_port        = 8000
  health_check_path        = "/healthz"
  deregistration_delay     = 30
}
