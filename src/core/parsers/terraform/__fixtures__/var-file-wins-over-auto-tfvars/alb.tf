variable "idle" {
  default = 60
}

resource "aws_lb" "web" {
  idle_timeout = var.idle
}
