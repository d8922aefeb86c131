module "alb" {
  source  = "cloudposse/alb/aws"
  version = "1.11.1"

  namespace  = "acme"
  stage      = "prod"
  name       = "billing"
  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.subnets.public_subnet_ids

  security_group_ids = [module.vpc.vpc_default_security_group_id]
  internal           = false
  http_enabled       = false
  https_enabled      = true
  certificate_arn    = var.certificate_arn
  http2_enabled      = true

  health_check_path    = "/health"
  target_group_port    = 8000
  deletion_protection_enabled = true
}
