variable "environments" {
  description = "One public API load balancer per environment"
  type        = list(string)
  default     = ["staging", "prod"]
}

variable "public_subnets" {
  type = list(string)
}

resource "aws_lb" "api" {
  for_each           = toset(var.environments)
  name               = "api-${each.key}"
  load_balancer_type = "application"
  idle_timeout       = 120
  subnets            = var.public_subnets
}

resource "aws_lb" "ingest" {
  for_each           = toset(["eu-west-1a", "eu-west-1b"])
  name               = "ingest-${each.value}"
  load_balancer_type = "network"
  subnets            = var.public_subnets
}

resource "aws_lb_listener" "ingest_tcp" {
  for_each                 = aws_lb.ingest
  load_balancer_arn        = each.value.arn
  port                     = 443
  protocol                 = "TCP"
  tcp_idle_timeout_seconds = 600

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.ingest[each.key].arn
  }
}
