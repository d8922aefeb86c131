terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

module "public_alb" {
  source  = "terraform-aws-modules/alb/aws"
  version = "9.9.0"

  name    = "checkout"
  vpc_id  = var.vpc_id
  subnets = var.public_subnet_ids

  # set per environment in envs/*.tfvars
  idle_timeout = var.idle_timeout

  access_logs = {
    bucket = "checkout-alb-logs"
  }
}
