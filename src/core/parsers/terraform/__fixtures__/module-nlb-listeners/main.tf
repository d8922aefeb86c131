module "nlb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.13"

  name               = "mqtt"
  load_balancer_type = "network"
  vpc_id             = module.vpc.vpc_id
  subnets            = module.vpc.private_subnets
  idle_timeout       = 900 # ALB-only input: ignored on an NLB

  listeners = {
    mqtt = {
      port                     = 8883
      protocol                 = "TCP"
      tcp_idle_timeout_seconds = 1200
      forward = {
        target_group_key = "mqtt"
      }
    }
    tls = {
      port                     = 443
      protocol                 = "TLS"
      tcp_idle_timeout_seconds = 600 # TLS listeners keep 350 s
      certificate_arn          = var.certificate_arn
    }
  }
}
