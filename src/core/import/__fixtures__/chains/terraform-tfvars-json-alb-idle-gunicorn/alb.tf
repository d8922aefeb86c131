variable "alb_idle_timeout" {
  type    = number
  default = 60
}

variable "environment" {
  type = string
}

resource "aws_lb" "app" {
  name               = "flask-${var.environment}"
  load_balancer_type = "application"
  subnets            = var.subnets
  security_groups    = [aws_security_group.alb.id]
  idle_timeout       = var.alb_idle_timeout
}

variable "subnets" {
  type = list(string)
}
