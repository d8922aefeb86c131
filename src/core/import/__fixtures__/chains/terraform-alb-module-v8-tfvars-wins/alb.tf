module "alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 8.7"

  name               = "checkout-${var.environment}"
  load_balancer_type = "application"
  vpc_id             = data.aws_vpc.main.id
  subnets            = data.aws_subnets.public.ids
  security_groups    = [aws_security_group.alb.id]

  idle_timeout = var.idle_timeout

  target_groups = [
    {
      name_prefix      = "chk-"
      backend_protocol = "HTTP"
      backend_port     = 3000
      target_type      = "ip"
    }
  ]

  https_listeners = [
    {
      port               = 443
      protocol           = "HTTPS"
      certificate_arn    = var.certificate_arn
      target_group_index = 0
    }
  ]
}
