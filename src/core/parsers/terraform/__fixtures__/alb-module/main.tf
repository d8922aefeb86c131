locals {
  lb_type = "application"
}

module "alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "~> 9.0"

  name               = "orders"
  load_balancer_type = local.lb_type
  vpc_id             = module.vpc.vpc_id
  subnets            = module.vpc.public_subnets
  idle_timeout       = 300

  listeners = {
    http = {
      port     = 80
      protocol = "HTTP"
    }
  }
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  idle_timeout = 1
}
