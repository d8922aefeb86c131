module "alb" {
  source  = "cloudposse/alb/aws"
  version = "2.1.0"

  namespace          = "eg"
  stage              = "prod"
  name               = "api"
  vpc_id             = var.vpc_id
  subnet_ids         = var.public_subnet_ids
  idle_timeout       = var.alb_idle_timeout
  http2_enabled      = true
  # client_keep_alive left to the module's default (3600 s)
}
