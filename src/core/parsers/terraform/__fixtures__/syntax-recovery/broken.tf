resource "aws_lb" "first" {
  name = "broken
  ?? junk here
  idle_timeout = 30
}

resource "aws_lb" "second" {
  idle_timeout =
  client_keep_alive = 120
}
}

resource "aws_lb" "third" {
  idle_timeout = 50
