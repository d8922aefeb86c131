# No idle_timeout: the ALB keeps its 60 s default
resource "aws_lb" "api" {
  name    = "api"
  subnets = var.public_subnets
}

resource "aws_alb" "legacy" {
  name         = "legacy"
  idle_timeout = 400
}
