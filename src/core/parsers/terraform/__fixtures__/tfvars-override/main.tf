resource "aws_lb" "app" {
  idle_timeout = var.idle_timeout
}
