resource "aws_lb" "main" {
  name               = "orders-public"
  internal           = false
  load_balancer_type = "application"
  security_groups    = [aws_security_group.lb.id]
  subnets            = [for s in aws_subnet.public : s.id]

  idle_timeout      = 120
  client_keep_alive = 7200

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "orders"
    enabled = true
  }

  tags = {
    Environment = "production"
  }
}
