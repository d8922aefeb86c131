variable "alb_idle_timeout" {
  description = "ALB idle timeout in seconds"
  type        = number
  default     = 60
}

resource "aws_lb" "app" {
  name               = "app"
  load_balancer_type = "application"
  subnets            = var.subnets
  idle_timeout       = var.alb_idle_timeout
}
