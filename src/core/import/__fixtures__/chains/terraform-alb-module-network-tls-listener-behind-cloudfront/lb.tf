module "nlb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "9.11.0"

  name               = "media-origin"
  load_balancer_type = "network"
  vpc_id             = module.vpc.vpc_id
  subnets            = module.vpc.public_subnets

  # security groups on NLBs are optional; keep it simple
  create_security_group = false

  listeners = {
    tls = {
      port            = 443
      protocol        = "TLS"
      certificate_arn = module.acm.acm_certificate_arn
      ssl_policy      = "ELBSecurityPolicy-TLS13-1-2-2021-06"
      forward = {
        target_group_key = "nginx"
      }
    }
  }

  target_groups = {
    nginx = {
      name_prefix = "mdia-"
      protocol    = "TCP"
      port        = 80
      target_type = "instance"
      target_id   = aws_instance.nginx.id
    }
  }
}
