# The ALB module's idle_timeout comes from a variable with no default and no tfvars here.
variable "idle_timeout" {
  type = number
}

module "public_alb" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-alb.git?ref=v9.11.0"

  name              = "public"
  idle_timeout      = var.idle_timeout
  client_keep_alive = local.keepalive
}

locals {
  keepalive = 7200
}
