resource "aws_lb" "wordpress" {
  name               = "wp-alb"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
  security_groups    = [aws_security_group.alb.id]
  idle_timeout       = 300 # wp-admin imports
}
