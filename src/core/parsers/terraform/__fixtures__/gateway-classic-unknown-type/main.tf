resource "aws_lb" "inspection" {
  load_balancer_type = "gateway"
}

resource "aws_elb" "old" {
  idle_timeout = 60
}

resource "aws_lb" "shared" {
  load_balancer_type = var.lb_type
  idle_timeout       = 90
}
