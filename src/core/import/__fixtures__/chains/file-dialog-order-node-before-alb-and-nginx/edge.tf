resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "application"
  subnets            = var.public_subnets
  idle_timeout       = 60
}
