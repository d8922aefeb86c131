resource "aws_lb" "this" {
  name               = "${var.name}-alb"
  load_balancer_type = "application"
  idle_timeout       = var.alb_idle_timeout
  client_keep_alive  = "${var.client_keep_alive}"
}
