resource "aws_lb" "api" {
  load_balancer_type = var.type
  idle_timeout       = var.idle_timeout
}
