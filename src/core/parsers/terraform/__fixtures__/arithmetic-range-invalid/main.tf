variable "minutes" {
  default = 5
}

resource "aws_lb" "a" {
  idle_timeout = 10 * 60
}

resource "aws_lb" "b" {
  idle_timeout      = var.minutes * 60
  client_keep_alive = "abc"
}

resource "aws_lb" "c" {
  idle_timeout      = 5000
  client_keep_alive = max(60, var.minutes)
}
